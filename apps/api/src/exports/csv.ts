import type { CsvSeparator } from '@herstelkompas/contracts';

/** The byte-order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

export const SEPARATOR_CHAR: Record<CsvSeparator, string> = {
  semicolon: ';',
  comma: ',',
};

/**
 * One quoted cell. A leading =, +, -, @, tab or carriage return would make a
 * spreadsheet run the text as a formula (CSV injection): it gets a `'`.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A decimal number the way the separator's spreadsheets expect it. */
export function csvNumber(
  value: number | null | undefined,
  separator: CsvSeparator,
): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // With `;` the file is for Dutch spreadsheets: decimal comma.
  return separator === 'semicolon' ? text.replace('.', ',') : text;
}

/** The whole file: BOM, header, rows, CRLF line ends (RFC 4180). */
export function csvFile(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  separator: CsvSeparator,
): string {
  const char = SEPARATOR_CHAR[separator];
  const lines = [header.map(csvCell), ...rows.map((r) => r.map(csvCell))];
  return BOM + lines.map((cells) => cells.join(char)).join('\r\n') + '\r\n';
}
