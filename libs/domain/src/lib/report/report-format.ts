import type { PainMeasureKey } from '../change/change-types';
import { formatDate } from '../i18n/dates';
import { formatNumber, type Language } from '../i18n/localized';
import { reportTexts } from './report-texts';
import { roundHalfAwayFromZero } from '../scoring/rounding';
import type {
  ProgressReport,
  ReportAudience,
  ReportDomainRow,
  ReportScoreCell,
} from './report-types';

/**
 * How a report writes its numbers, in the PDF and in the preview alike:
 * plain words before numbers, whole numbers for clients, one decimal for
 * referrers, a decimal comma in Dutch.
 */
export interface ReportFormat {
  readonly audience: ReportAudience;
  readonly language: Language;
}

/** Shown where a table has nothing to say. */
export const DASH = '—';

/** Clients read whole numbers; referrers get the one decimal. */
export function reportNumber(format: ReportFormat, value: number): string {
  const shown =
    format.audience === 'client' ? roundHalfAwayFromZero(value) : value;
  return formatNumber(shown, format.language);
}

/** "sterk verstoord (63)"; just the words without a score. */
export function scoreText(
  format: ReportFormat,
  cell: ReportScoreCell | null,
): string {
  if (!cell) return DASH;
  const words = cell.bandLabel[format.language];
  return cell.score === null
    ? words
    : `${words} (${reportNumber(format, cell.score)})`;
}

/** "duidelijk verbeterd (-23)"; just the words when there is no number. */
export function changeText(format: ReportFormat, row: ReportDomainRow): string {
  if (!row.changeLabel) return DASH;
  const words = row.changeLabel[format.language];
  const delta = row.change?.delta ?? null;
  if (delta === null) return words;
  return `${words} (${delta > 0 ? '+' : ''}${reportNumber(format, delta)})`;
}

/** A pain value as measured (pain scores are never rounded further). */
export function painText(format: ReportFormat, value: number | null): string {
  return value === null ? DASH : formatNumber(value, format.language);
}

/** A pain change with its sign: "-2", "+1,5". */
export function painDeltaText(
  format: ReportFormat,
  delta: number | null | undefined,
): string {
  if (delta == null) return DASH;
  return (delta > 0 ? '+' : '') + formatNumber(delta, format.language);
}

/**
 * How much of a pain bar a value fills, 0-1 on the measure's own scale
 * (beliefs 0-100, the others 0-10); null draws no bar. The PDF and the
 * preview both draw from this, so one measurement looks the same in both.
 */
export function painBarShare(
  measure: PainMeasureKey,
  value: number | null,
): number | null {
  if (value === null) return null;
  const max = measure === 'beliefs' ? 100 : 10;
  return Math.max(0, Math.min(value, max)) / max;
}

/** The lines under the title: who, by whom, and over which period. */
export function headerFacts(
  report: ProgressReport,
  language: Language,
): string[] {
  const { header, audience } = report;
  const texts = reportTexts(audience, language);
  const born =
    audience === 'referrer'
      ? `, ${texts.born} ${formatDate(header.clientDateOfBirth)}`
      : '';
  const lines = [
    `${texts.client}: ${header.clientName}${born} (${texts.age(header.clientAge)})`,
    `${texts.practitioner}: ${header.practitionerName}`,
  ];
  const { period } = header;
  if (period && header.measurements === 1) {
    lines.push(`${texts.baseline}: ${formatDate(period.from)}`);
  } else if (period) {
    lines.push(
      `${texts.period}: ${formatDate(period.from)} - ${formatDate(period.to)}`,
    );
  }
  return lines;
}

/** A table as text: the same header and cells in the PDF and the preview. */
export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly {
    readonly key: string;
    /** A domain's colour, shown as a swatch before the first cell. */
    readonly colour: string | null;
    readonly cells: readonly string[];
  }[];
}

/**
 * Domain scores: start, now, change and notable; with one measurement only
 * the baseline column (there is nothing to compare yet).
 */
export function domainTable(
  report: ProgressReport,
  language: Language,
): ReportTable {
  const format = { audience: report.audience, language };
  const texts = reportTexts(report.audience, language);
  const single = report.header.measurements < 2;
  return {
    columns: single
      ? [texts.domain, texts.baseline]
      : [texts.domain, texts.start, texts.now, texts.change, texts.notable],
    rows: report.domains.map((row) => ({
      key: row.domain,
      colour: row.colour,
      cells: single
        ? [row.name[language], scoreText(format, row.baseline)]
        : [
            row.name[language],
            scoreText(format, row.baseline),
            scoreText(format, row.latest),
            changeText(format, row),
            row.change?.notable ? texts.yes : DASH,
          ],
    })),
  };
}

/** Pain outcomes; with one measurement only the baseline column. */
export function painTable(
  report: ProgressReport,
  language: Language,
): ReportTable {
  const format = { audience: report.audience, language };
  const texts = reportTexts(report.audience, language);
  const single = report.header.measurements < 2;
  return {
    columns: single
      ? [texts.measure, texts.baseline]
      : [texts.measure, texts.start, texts.now, texts.change],
    rows: (report.pain?.rows ?? []).map((row) => ({
      key: row.measure,
      colour: null,
      cells: single
        ? [row.label[language], painText(format, row.baseline)]
        : [
            row.label[language],
            painText(format, row.baseline),
            painText(format, row.latest),
            painDeltaText(format, row.change?.delta),
          ],
    })),
  };
}
