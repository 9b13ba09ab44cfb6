import {
  formatNumber,
  roundHalfAwayFromZero,
  type Language,
  type ReportAudience,
  type ReportDomainRow,
  type ReportScoreCell,
} from '@herstelkompas/domain';

/**
 * How the report writes its numbers, as the PDF does
 * (apps/api/src/reports/pdf/pdf-sections.ts): plain words before numbers,
 * whole numbers for clients, one decimal for referrers, a decimal comma in
 * Dutch.
 */
export interface SheetFormat {
  audience: ReportAudience;
  language: Language;
}

export const DASH = '—';

function number(format: SheetFormat, value: number): string {
  const shown =
    format.audience === 'client' ? roundHalfAwayFromZero(value) : value;
  return formatNumber(shown, format.language);
}

/** "sterk verstoord (63)"; just the words without a score. */
export function scoreText(
  format: SheetFormat,
  cell: ReportScoreCell | null,
): string {
  if (!cell) return DASH;
  const words = cell.bandLabel[format.language];
  return cell.score === null
    ? words
    : `${words} (${number(format, cell.score)})`;
}

/** "duidelijk verbeterd (-23)"; just the words when there is no number. */
export function changeText(format: SheetFormat, row: ReportDomainRow): string {
  if (!row.changeLabel) return DASH;
  const words = row.changeLabel[format.language];
  const delta = row.change?.delta ?? null;
  if (delta === null) return words;
  return `${words} (${delta > 0 ? '+' : ''}${number(format, delta)})`;
}

/** A pain value as measured (pain scores are never rounded further). */
export function painText(format: SheetFormat, value: number | null): string {
  return value === null ? DASH : formatNumber(value, format.language);
}

export function painDeltaText(
  format: SheetFormat,
  delta: number | null | undefined,
): string {
  if (delta == null) return DASH;
  return (delta > 0 ? '+' : '') + formatNumber(delta, format.language);
}
