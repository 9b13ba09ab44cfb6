import type { ProgressReportOptions } from '@herstelkompas/contracts';
import {
  type ProgressReportInput,
  type ReportSources,
  toReportInput as mapReportInput,
} from '@herstelkompas/domain';
import type { RenderOptions } from './pdf/render-progress-report';
import type { NoteWithAddenda, ReportData } from './report-data';

/**
 * Only a signed note the practitioner marked for reports, and picked for
 * this one, may appear in it.
 */
export function isReportable(
  { note }: NoteWithAddenda,
  noteIds: readonly string[],
): boolean {
  return (
    note.status === 'signed' &&
    note.includeInReport &&
    noteIds.includes(note.id)
  );
}

/**
 * The stored rows in the shapes the API answers them, which is what
 * libs/domain's report mapping (shared with the web preview) reads.
 */
export function toReportSources(data: ReportData): ReportSources {
  const { client, decision } = data;
  return {
    practiceName: data.practice.name,
    practitionerName: data.practitioner.displayName,
    client: {
      firstName: client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
      painFocusOff: client.painFocusOff,
      painLocation: client.painLocation,
      painDuration: client.painDuration,
      referralSource: client.referralSource,
      gp: client.gp,
    },
    assessments: data.assessments.map((a) => ({
      id: a.id,
      submittedAt: a.submittedAt.toISOString(),
      domainScores: a.domainScores,
      pain: a.pain,
    })),
    decision: decision
      ? {
          focusDomains: decision.focusDomains,
          reasonCode: decision.reasonCode,
          reasonText: decision.reasonText,
          differsFromComputed: decision.differsFromComputed,
        }
      : null,
    goals: data.goals.map((goal) => ({
      id: goal.id,
      description: goal.description,
      domain: goal.domain,
      // The API's goal statuses are the report's: a mismatch fails to compile.
      status: goal.status,
      dueDate: goal.dueDate,
      createdAt: goal.createdAt.toISOString(),
    })),
    notes: data.notes.map(({ note, addenda }) => ({
      id: note.id,
      status: note.status,
      includeInReport: note.includeInReport,
      sessionDate: note.sessionDate.toISOString(),
      text: note.text,
      addenda: addenda.map((a) => ({
        id: a.id,
        createdAt: a.createdAt.toISOString(),
        text: a.text,
      })),
    })),
    redFlags: data.redFlags.map((r) => ({
      id: r.id,
      flag: r.flag,
      raisedAt: r.raisedAt.toISOString(),
      acknowledged:
        r.acknowledgedAt && r.action
          ? { action: r.action, note: r.note }
          : null,
    })),
  };
}

/**
 * Stored records become libs/domain's report input through the one mapping
 * the web preview uses too. `generatedOn` is the calendar date of the report
 * (Europe/Amsterdam).
 */
export function toReportInput(
  data: ReportData,
  options: ProgressReportOptions,
  generatedOn: string,
): ProgressReportInput {
  // The practice's default closing words when the practitioner wrote none.
  const closing = options.closing ?? data.practice.reportClosing;
  return mapReportInput(
    toReportSources(data),
    { ...options, closing },
    generatedOn,
  );
}

/** Pain bars only when asked for and pain is not kept out of focus. */
export function toRenderOptions(
  data: ReportData,
  options: ProgressReportOptions,
): RenderOptions {
  return {
    language: options.language,
    painCharts: options.painCharts && !data.client.painFocusOff,
  };
}
