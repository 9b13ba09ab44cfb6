import type { PractitionerRef, ReportRecord } from '@herstelkompas/contracts';
import { formatDate, type ReportAudience } from '@herstelkompas/domain';
import { fileSlug } from '../common/download';
import type { Report } from './report.entity';

const PREFIX: Record<ReportAudience, Record<'nl' | 'en', string>> = {
  client: { nl: 'voortgang', en: 'progress' },
  referrer: { nl: 'voortgangsverslag', en: 'progress-report' },
};

/** "voortgang-jose-van-der-berg-10-04-2026.pdf": who, what and when. */
export function reportFileName(
  audience: ReportAudience,
  language: 'nl' | 'en',
  clientName: string,
  generatedOn: string,
): string {
  return `${PREFIX[audience][language]}-${fileSlug(clientName)}-${formatDate(generatedOn)}.pdf`;
}

export function toReportRecord(
  row: Report,
  generatedBy: PractitionerRef,
): ReportRecord {
  return {
    id: row.id,
    clientId: row.clientId,
    kind: row.kind,
    generatedBy,
    generatedAt: row.generatedAt.toISOString(),
    options: row.options,
    sha256: row.sha256,
    sizeBytes: row.sizeBytes,
    fileName: row.fileName,
  };
}
