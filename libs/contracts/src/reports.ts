import type { ReportAudience } from '@herstelkompas/domain';
import type { Language } from './auth';
import type { ClientListQuery, PractitionerRef } from './clients';

export type { ReportAudience };
export const REPORT_AUDIENCES: readonly ReportAudience[] = [
  'client',
  'referrer',
];

/**
 * Query of `POST /api/clients/:id/reports/progress.pdf`. Every field is
 * optional: the report then covers every assessment, in the client's
 * language, without notes.
 */
export interface ProgressReportQuery {
  audience?: ReportAudience;
  lang?: Language;
  /** Assessment id of the baseline; defaults to the first assessment. */
  from?: string;
  /** Assessment id of the latest measurement; defaults to the newest. */
  to?: string;
  /** Comma-separated ids of signed notes marked for the report. */
  notes?: string;
  /** `'false'` leaves out the pain bars (the pain table stays). */
  painCharts?: 'true' | 'false';
  /** The practitioner's closing words. */
  closing?: string;
}

/** The options a report was made with, as stored with it. */
export interface ProgressReportOptions {
  audience: ReportAudience;
  language: Language;
  fromAssessmentId: string | null;
  toAssessmentId: string | null;
  noteIds: string[];
  painCharts: boolean;
  closing: string | null;
}

/** A generated report as listed; download the file by its id. */
export interface ReportRecord {
  id: string;
  clientId: string;
  kind: 'progress';
  generatedBy: PractitionerRef;
  generatedAt: string;
  options: ProgressReportOptions;
  /** SHA-256 of the PDF, hex. */
  sha256: string;
  sizeBytes: number;
  fileName: string;
}

export type CsvSeparator = 'semicolon' | 'comma';
export const CSV_SEPARATORS: readonly CsvSeparator[] = ['semicolon', 'comma'];

/**
 * Query of `GET /api/exports/clients.csv`: the filters and order of the
 * client list (no paging: every matching client), and the separator.
 * `semicolon` (default) suits Dutch spreadsheets and uses a decimal comma.
 */
export interface ClientsExportQuery extends Omit<
  ClientListQuery,
  'page' | 'pageSize'
> {
  separator?: CsvSeparator;
}

export const EXPORT_PATHS = {
  clientsCsv: '/api/exports/clients.csv',
  clientExport: (clientId: string) => `/api/clients/${clientId}/export`,
  practiceExport: '/api/practice/export',
  progressReport: (clientId: string) =>
    `/api/clients/${clientId}/reports/progress.pdf`,
  reports: (clientId: string) => `/api/clients/${clientId}/reports`,
  reportDownload: (reportId: string) => `/api/reports/${reportId}/download`,
} as const;
