import type {
  Assessment,
  ClientDetail,
  Goal,
  Language,
  PriorityDecisionRecord,
  RedFlagReview,
  SessionNote,
} from '@herstelkompas/contracts';
import {
  formatDate,
  type ProgressReportInput,
  type ReportNoteInput,
  type ReportRedFlagInput,
  ADDENDUM_LABEL,
  RED_FLAG_FOLLOW_UP,
} from '@herstelkompas/domain';
import type { ReportOptions } from './report-options';

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

/** Oldest first, as the API reads them for a report (ties by id). */
export function oldestFirst<T extends { id: string }>(
  items: readonly T[],
  at: (item: T) => string,
): T[] {
  return [...items].sort(
    (a, b) =>
      Date.parse(at(a)) - Date.parse(at(b)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The notes a practitioner may put in a report: signed, and marked for
 * reports. Drafts never leave the practice.
 */
export function reportableNotes(notes: readonly SessionNote[]): SessionNote[] {
  return notes.filter((n) => n.status === 'signed' && n.includeInReport);
}

/** A signed note travels with its corrections: the addenda follow the text. */
function noteInput(note: SessionNote, language: Language): ReportNoteInput {
  const addenda = oldestFirst(note.addenda, (a) => a.createdAt);
  const parts = [
    note.text.trim(),
    ...addenda.map(
      (a) =>
        `${ADDENDUM_LABEL[language]} ${formatDate(a.createdAt)}: ${a.text.trim()}`,
    ),
  ].filter(Boolean);
  return { date: note.sessionDate, summary: parts.join('\n\n') };
}

function redFlagInput(
  review: RedFlagReview,
  language: Language,
): ReportRedFlagInput {
  const done = review.acknowledged;
  const followUp = done
    ? [RED_FLAG_FOLLOW_UP[done.action][language], done.note?.trim()]
        .filter(Boolean)
        .join(': ')
    : null;
  return {
    label: review.flag.label,
    urgency: review.flag.urgency,
    raisedOn: review.raisedAt,
    followUp,
    resolved: done !== null,
  };
}

/** The assessments from the chosen baseline up to the chosen latest one. */
function inRange(
  sorted: readonly Assessment[],
  options: ReportOptions,
): Assessment[] {
  const index = (id: string | null, fallback: number) => {
    const found = id ? sorted.findIndex((a) => a.id === id) : -1;
    return found === -1 ? fallback : found;
  };
  const from = index(options.fromAssessmentId, 0);
  const to = index(options.toAssessmentId, sorted.length - 1);
  return sorted.slice(from, to + 1);
}

/**
 * The one place where the API's answers become libs/domain's report input.
 * It mirrors apps/api/src/reports/report-input.ts line for line, so the
 * preview and the PDF are built from the same input. `generatedOn` is
 * today's calendar date in Europe/Amsterdam.
 */
export function toReportInput(
  sources: ReportSources,
  options: ReportOptions,
  generatedOn: string,
): ProgressReportInput {
  const { client, decision } = sources;
  const { language } = options;
  const assessments = oldestFirst(sources.assessments, (a) => a.submittedAt);
  const notes = oldestFirst(
    reportableNotes(sources.notes).filter((n) =>
      options.noteIds.includes(n.id),
    ),
    (n) => n.sessionDate,
  );
  return {
    audience: options.audience,
    generatedOn,
    practice: { name: sources.practiceName },
    // The report names the client's responsible practitioner, not the user.
    practitioner: {
      firstName: client.responsiblePractitioner.displayName,
      lastName: '',
    },
    client: {
      firstName: client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
    },
    assessments: inRange(assessments, options).map((a) => ({
      id: a.id,
      date: a.submittedAt,
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
    goals: oldestFirst(sources.goals, (g) => g.createdAt).map((goal) => ({
      title: goal.description,
      domain: goal.domain,
      status: goal.status,
      targetDate: goal.dueDate,
    })),
    notes: notes.map((n) => noteInput(n, language)),
    redFlags: oldestFirst(sources.redFlags, (r) => r.raisedAt).map((r) =>
      redFlagInput(r, language),
    ),
    closing: options.closing,
    options: { painFocusOff: client.painFocusOff },
  };
}
