import {
  EXPORT_PATHS,
  type Assessment,
  type ClientDetail,
  type ProgressReportOptions,
  REMARK_MAX_LENGTH,
} from '@herstelkompas/contracts';

/**
 * The choices on the report page, in the shape the API stores them with a
 * report, so what the preview shows and what the PDF is made from are the
 * same values.
 */
export type ReportOptions = ProgressReportOptions;

/**
 * A first report: for the client, in the client's language, the whole
 * period, no notes (a note is shared only when picked), pain bars unless
 * pain is deliberately kept out of focus.
 */
export function defaultOptions(
  client: ClientDetail,
  oldestFirst: readonly Pick<Assessment, 'id'>[],
  practiceClosing: string | null = null,
): ReportOptions {
  return {
    audience: 'client',
    language: client.preferredLanguage,
    fromAssessmentId: oldestFirst[0]?.id ?? null,
    toAssessmentId: oldestFirst[oldestFirst.length - 1]?.id ?? null,
    noteIds: [],
    painCharts: !client.painFocusOff,
    // The practice's default closing, shown and editable, so the preview
    // holds the words the PDF will carry.
    closing: practiceClosing,
  };
}

/**
 * The query of `POST /api/clients/:id/reports/progress.pdf` for these
 * options. Values are encoded with encodeURIComponent (a space as %20, not
 * "+"), and empty choices are left out so the API applies its defaults.
 */
export function progressReportUrl(
  clientId: string,
  options: ReportOptions,
  painFocusOff: boolean,
): string {
  const closing = options.closing?.trim() ?? '';
  const query: [string, string][] = [
    ['audience', options.audience],
    ['lang', options.language],
  ];
  if (options.fromAssessmentId) query.push(['from', options.fromAssessmentId]);
  if (options.toAssessmentId) query.push(['to', options.toAssessmentId]);
  if (options.noteIds.length) query.push(['notes', options.noteIds.join(',')]);
  // The API leaves the bars out by itself when pain is out of focus; saying
  // so explicitly keeps the stored options honest about what was asked.
  query.push(['painCharts', String(options.painCharts && !painFocusOff)]);
  if (closing) query.push(['closing', closing]);
  const text = query
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return `${EXPORT_PATHS.progressReport(encodeURIComponent(clientId))}?${text}`;
}

/** The longest closing text the API accepts. */
export const CLOSING_MAX_LENGTH = REMARK_MAX_LENGTH;
