import type { Language, ProgressReportOptions } from '@herstelkompas/contracts';
import {
  formatDate,
  type ProgressReportInput,
  type ReportNoteInput,
  type ReportRedFlagInput,
  ADDENDUM_LABEL,
  RED_FLAG_FOLLOW_UP,
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

/** A signed note travels with its corrections: the addenda follow the text. */
function noteInput(
  { note, addenda }: NoteWithAddenda,
  language: Language,
): ReportNoteInput {
  const parts = [
    note.text.trim(),
    ...addenda.map(
      (a) =>
        `${ADDENDUM_LABEL[language]} ${formatDate(a.createdAt.toISOString())}: ${a.text.trim()}`,
    ),
  ].filter(Boolean);
  return { date: note.sessionDate.toISOString(), summary: parts.join('\n\n') };
}

function redFlagInput(
  review: ReportData['redFlags'][number],
  language: Language,
): ReportRedFlagInput {
  const followUp = review.action
    ? [RED_FLAG_FOLLOW_UP[review.action][language], review.note?.trim()]
        .filter(Boolean)
        .join(': ')
    : null;
  return {
    label: review.flag.label,
    urgency: review.flag.urgency,
    raisedOn: review.raisedAt.toISOString(),
    followUp,
    resolved: review.acknowledgedAt !== null,
  };
}

/** The assessments from the chosen baseline up to the chosen latest one. */
function inRange(data: ReportData, options: ProgressReportOptions) {
  const index = (id: string | null, fallback: number) => {
    const found = id ? data.assessments.findIndex((a) => a.id === id) : -1;
    return found === -1 ? fallback : found;
  };
  const from = index(options.fromAssessmentId, 0);
  const to = index(options.toAssessmentId, data.assessments.length - 1);
  return data.assessments.slice(from, to + 1);
}

/**
 * The one place where stored records become libs/domain's report input.
 * `generatedOn` is the calendar date of the report (Europe/Amsterdam).
 */
export function toReportInput(
  data: ReportData,
  options: ProgressReportOptions,
  generatedOn: string,
): ProgressReportInput {
  const { client, decision } = data;
  const { language } = options;
  return {
    audience: options.audience,
    generatedOn,
    practice: { name: data.practice.name },
    // A practitioner has one display name; it is shown as typed.
    practitioner: { firstName: data.practitioner.displayName, lastName: '' },
    client: {
      firstName: client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
    },
    assessments: inRange(data, options).map((a) => ({
      id: a.id,
      date: a.submittedAt.toISOString(),
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
      title: goal.description,
      domain: goal.domain,
      // The API's goal statuses are the report's: a mismatch fails to compile.
      status: goal.status,
      targetDate: goal.dueDate,
    })),
    notes: data.notes
      .filter((n) => isReportable(n, options.noteIds))
      .map((n) => noteInput(n, language)),
    redFlags: data.redFlags.map((r) => redFlagInput(r, language)),
    // The practice's default closing words when the practitioner wrote none.
    closing: options.closing ?? data.practice.reportClosing,
    options: { painFocusOff: client.painFocusOff },
  };
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
