import type { PainSnapshot } from '../change/change-types';
import type { ReasonCode } from '../decisions/reason-codes';
import type { DomainId } from '../domains/domain-ids';
import { formatDate } from '../i18n/dates';
import type { Language, Localized } from '../i18n/localized';
import type { RedFlagUrgency } from '../instruments/instrument-types';
import {
  ADDENDUM_LABEL,
  RED_FLAG_FOLLOW_UP,
  type RedFlagFollowUpAction,
} from './report-texts';
import type {
  GoalStatus,
  ProgressReportInput,
  ReportAudience,
  ReportNoteInput,
  ReportRedFlagInput,
} from './report-types';

/** The client's GP as kept on the record. */
export interface ReportGpSource {
  readonly name: string | null;
  readonly practice: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
}

/**
 * A client's record in the shape the API answers it (libs/contracts): the API
 * maps its rows to these shapes, the web app passes its answers as they are,
 * so the preview and the PDF are made from one mapping. Dates are ISO strings.
 */
export interface ReportSources {
  readonly practiceName: string;
  /** The client's responsible practitioner, named on the report. */
  readonly practitionerName: string;
  readonly client: {
    readonly firstName: string;
    readonly lastName: string;
    readonly dateOfBirth: string;
    readonly painFocusOff: boolean;
    readonly painLocation?: string | null;
    readonly painDuration?: string | null;
    readonly referralSource?: string | null;
    readonly gp?: ReportGpSource | null;
  };
  /** Any order. */
  readonly assessments: readonly {
    readonly id: string;
    readonly submittedAt: string;
    readonly domainScores: Readonly<
      Record<DomainId, { readonly score: number | null }>
    >;
    readonly pain?: PainSnapshot | null;
  }[];
  readonly decision: {
    readonly focusDomains: readonly DomainId[];
    readonly reasonCode: ReasonCode;
    readonly reasonText: string | null;
    readonly differsFromComputed: boolean;
  } | null;
  readonly goals: readonly {
    readonly id: string;
    readonly description: string;
    readonly domain: DomainId | null;
    readonly status: GoalStatus;
    readonly dueDate: string | null;
    readonly createdAt: string;
  }[];
  readonly notes: readonly {
    readonly id: string;
    readonly status: string;
    readonly includeInReport: boolean;
    readonly sessionDate: string;
    readonly text: string;
    readonly addenda: readonly {
      readonly id: string;
      readonly createdAt: string;
      readonly text: string;
    }[];
  }[];
  readonly redFlags: readonly {
    readonly id: string;
    readonly flag: {
      readonly label: Localized;
      readonly urgency: RedFlagUrgency;
    };
    readonly raisedAt: string;
    readonly acknowledged: {
      readonly action: RedFlagFollowUpAction;
      readonly note: string | null;
    } | null;
  }[];
}

/** What the practitioner chose for this report (the stored options). */
export interface ReportSelection {
  readonly audience: ReportAudience;
  readonly language: Language;
  readonly fromAssessmentId: string | null;
  readonly toAssessmentId: string | null;
  readonly noteIds: readonly string[];
  readonly closing: string | null;
}

/** Oldest first, as a report reads them (ties by id). */
export function oldestFirst<T extends { readonly id: string }>(
  items: readonly T[],
  at: (item: T) => string,
): T[] {
  return [...items].sort(
    (a, b) =>
      Date.parse(at(a)) - Date.parse(at(b)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

type SourceNote = ReportSources['notes'][number];

/**
 * The notes a practitioner may put in a report: signed, and marked for
 * reports. Drafts never leave the practice.
 */
export function reportableNotes<T extends SourceNote>(
  notes: readonly T[],
): T[] {
  return notes.filter((n) => n.status === 'signed' && n.includeInReport);
}

/** A signed note travels with its corrections: the addenda follow the text. */
function noteInput(note: SourceNote, language: Language): ReportNoteInput {
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
  review: ReportSources['redFlags'][number],
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
function inRange<T extends { readonly id: string }>(
  sorted: readonly T[],
  selection: ReportSelection,
): T[] {
  const index = (id: string | null, fallback: number) => {
    const found = id ? sorted.findIndex((a) => a.id === id) : -1;
    return found === -1 ? fallback : found;
  };
  const from = index(selection.fromAssessmentId, 0);
  const to = index(selection.toAssessmentId, sorted.length - 1);
  return sorted.slice(from, to + 1);
}

/**
 * The one place where a client's record becomes the report input, for the
 * PDF (API) and the preview (web) alike. `generatedOn` is the calendar date
 * of the report (Europe/Amsterdam).
 */
export function toReportInput(
  sources: ReportSources,
  selection: ReportSelection,
  generatedOn: string,
): ProgressReportInput {
  const { client, decision } = sources;
  const { language } = selection;
  const notes = oldestFirst(
    reportableNotes(sources.notes).filter((n) =>
      selection.noteIds.includes(n.id),
    ),
    (n) => n.sessionDate,
  );
  const assessments = oldestFirst(sources.assessments, (a) => a.submittedAt);
  return {
    audience: selection.audience,
    generatedOn,
    practice: { name: sources.practiceName },
    // A practitioner has one display name; it is shown as typed.
    practitioner: { firstName: sources.practitionerName, lastName: '' },
    client: {
      firstName: client.firstName,
      lastName: client.lastName,
      dateOfBirth: client.dateOfBirth,
    },
    assessments: inRange(assessments, selection).map((a) => ({
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
    closing: selection.closing,
    referral: {
      painLocation: client.painLocation ?? null,
      painDuration: client.painDuration ?? null,
      referredBy: client.referralSource ?? null,
      gp: client.gp
        ? { name: client.gp.name, practice: client.gp.practice }
        : null,
    },
    options: { painFocusOff: client.painFocusOff },
  };
}
