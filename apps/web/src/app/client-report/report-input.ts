import type {
  Assessment,
  ClientDetail,
  Goal,
  PriorityDecisionRecord,
  RedFlagReview,
  SessionNote,
} from '@herstelkompas/contracts';
import {
  type ProgressReportInput,
  toReportInput as mapReportInput,
} from '@herstelkompas/domain';
import type { ReportOptions } from './report-options';

export { oldestFirst, reportableNotes } from '@herstelkompas/domain';

/** Everything the preview is made from, as the API answered it. */
export interface ReportSources {
  /** From `GET /api/auth/me`: a practitioner only sees their own practice. */
  practiceName: string;
  client: ClientDetail;
  /** Any order. */
  assessments: readonly Assessment[];
  /** The current priority decision. */
  decision: PriorityDecisionRecord | null;
  goals: readonly Goal[];
  notes: readonly SessionNote[];
  redFlags: readonly RedFlagReview[];
}

/**
 * The API's answers become the report input through libs/domain's mapping,
 * the one the API uses for the PDF. `generatedOn` is today's calendar date
 * in Europe/Amsterdam.
 */
export function toReportInput(
  sources: ReportSources,
  options: ReportOptions,
  generatedOn: string,
): ProgressReportInput {
  return mapReportInput(
    {
      ...sources,
      // The report names the client's responsible practitioner, not the user.
      practitionerName: sources.client.responsiblePractitioner.displayName,
    },
    options,
    generatedOn,
  );
}
