import type { DomainId, Localized } from '@herstelkompas/domain';

/** `daily`, or `weekly` with timesPerWeek (1-7). */
export const HOMEWORK_FREQUENCIES = ['daily', 'weekly'] as const;
export type HomeworkFrequencyKind = (typeof HOMEWORK_FREQUENCIES)[number];

export const HOMEWORK_STATUSES = ['active', 'ended'] as const;
export type HomeworkStatus = (typeof HOMEWORK_STATUSES)[number];

export const HOMEWORK_TITLE_MAX_LENGTH = 200;
export const HOMEWORK_INSTRUCTIONS_MAX_LENGTH = 4000;
export const HOMEWORK_NOTE_MAX_LENGTH = 500;
/** Longest period one assignment may cover, in days. */
export const HOMEWORK_MAX_PERIOD_DAYS = 366;
/** Most minutes one walk log entry may hold (a whole day). */
export const HOMEWORK_MAX_MINUTES = 1440;

/**
 * `POST /api/clients/:id/homework`: either `exerciseId` (from the library;
 * title and instructions may then be left out) or own `title` and
 * `instructions` with a `domain`.
 */
export interface CreateHomeworkRequest {
  exerciseId?: string | null;
  domain?: DomainId;
  title?: string;
  instructions?: string;
  frequency: HomeworkFrequencyKind;
  /** Required for `weekly`, 1-7. */
  timesPerWeek?: number | null;
  /** `YYYY-MM-DD`; periods are Amsterdam calendar days, both inclusive. */
  startsOn: string;
  endsOn: string;
  /** The session note whose homework line this assignment comes from. */
  sessionNoteId?: string | null;
}

/** `PATCH /api/clients/:id/homework/:homeworkId`: change or end. */
export interface UpdateHomeworkRequest {
  title?: string;
  instructions?: string;
  frequency?: HomeworkFrequencyKind;
  timesPerWeek?: number | null;
  startsOn?: string;
  endsOn?: string;
  /** `ended` stops the assignment today: the client no longer sees it. */
  status?: HomeworkStatus;
}

export interface HomeworkAdherence {
  phase: 'upcoming' | 'running' | 'finished';
  done: number;
  expected: number;
  week: { done: number; target: number };
  lastDoneOn: string | null;
}

export interface HomeworkCompletion {
  id: string;
  on: string;
  note: string | null;
  minutes: number | null;
  createdAt: string;
}

/** An assignment as both sides see it. */
export interface HomeworkItem {
  id: string;
  exerciseId: string | null;
  domain: DomainId;
  title: string;
  instructions: string;
  frequency: HomeworkFrequencyKind;
  timesPerWeek: number | null;
  startsOn: string;
  endsOn: string;
  status: HomeworkStatus;
  endedOn: string | null;
  sessionNoteId: string | null;
  createdAt: string;
  adherence: HomeworkAdherence;
  /**
   * ISO weeks (`2027-W13`) whose sent weekly check-in marks this homework
   * done, oldest first: the client's own summary, apart from the daily ticks.
   */
  checkInWeeks: string[];
  /** Newest first. */
  completions: HomeworkCompletion[];
}

/** `GET /api/portal/homework`. */
export interface PortalHomework {
  /** Today in Amsterdam, the day a tick without a date goes on. */
  today: string;
  items: HomeworkItem[];
}

/** `POST /api/portal/homework/:id/done`. */
export interface HomeworkDoneRequest {
  /** `YYYY-MM-DD`, not in the future, within the period; today when left out. */
  on?: string;
  note?: string | null;
  minutes?: number | null;
}

/** `GET /api/homework/library`: the exercises in both languages, by domain. */
export interface HomeworkLibraryExercise {
  id: string;
  domain: DomainId;
  title: Localized;
  summary: Localized;
  steps: Localized[];
  safety: Localized;
  minutes: number;
  pacer: { inSeconds: number; outSeconds: number } | null;
  log: 'minutes' | null;
}
