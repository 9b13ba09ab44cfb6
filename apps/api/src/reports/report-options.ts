import type { ProgressReportOptions } from '@herstelkompas/contracts';
import { ValidationFailed } from '../common/api-error';
import type { Client } from '../clients/client.entity';
import type { RenderProgressReportDto } from './dto/render-progress-report.dto';
import { isReportable } from './report-input';
import type { ReportData } from './report-data';

/** The query with its defaults filled in: what is stored with the report. */
export function optionsFor(
  query: RenderProgressReportDto,
  client: Client,
): ProgressReportOptions {
  return {
    audience: query.audience ?? 'client',
    language: query.lang ?? client.preferredLanguage,
    fromAssessmentId: query.from ?? null,
    toAssessmentId: query.to ?? null,
    noteIds: query.notes
      ? [...new Set(query.notes.toLowerCase().split(','))]
      : [],
    painCharts: query.painCharts !== 'false',
    closing: query.closing ?? null,
  };
}

/** 400 for a measurement or note that cannot be in this client's report. */
export function assertValidSelection(
  data: ReportData,
  options: ProgressReportOptions,
): void {
  const at = (id: string | null) =>
    id === null ? -2 : data.assessments.findIndex((a) => a.id === id);
  const from = at(options.fromAssessmentId);
  const to = at(options.toAssessmentId);
  const errors = [];
  // -1: not this client's measurement; -2: not chosen (first or newest).
  if (to === -1) errors.push({ field: 'to', code: 'report_range' as const });
  if (from === -1 || (from >= 0 && to >= 0 && from > to)) {
    errors.push({ field: 'from', code: 'report_range' as const });
  }
  const reportable = data.notes.filter((n) => isReportable(n, options.noteIds));
  if (reportable.length !== options.noteIds.length) {
    errors.push({ field: 'notes', code: 'note_not_reportable' as const });
  }
  if (errors.length) throw new ValidationFailed(errors);
}
