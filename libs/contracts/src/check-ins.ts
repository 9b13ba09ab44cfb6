import type { CheckInSeries, DomainId, Localized } from '@herstelkompas/domain';
import type { HomeClientRef } from './home';

/** A check-in is saved as a draft (replaced by the next save that week) or sent. */
export const CHECK_IN_STATUSES = ['draft', 'submitted'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/**
 * Body of `POST /api/portal/check-ins`: the weekly pulse, each value a whole
 * number 0-10. A draft may leave values out; a sent check-in has them all.
 */
export interface SaveCheckInRequest {
  /** Default `submitted`. */
  status?: CheckInStatus;
  painNow?: number;
  domains?: Partial<Record<DomainId, number>>;
  movementSafety?: number;
  /**
   * Ids of the homework done this week (at most 20): each one of the
   * client's own assignments that runs in this week. The client's weekly
   * summary; it adds no daily ticks.
   */
  homeworkDone?: string[];
  /** One optional sentence, at most 500 characters. */
  note?: string | null;
  /**
   * The short red-flag screen (when the practice turned it on): the ids of
   * the questions answered "yes"; an empty list means all "no". Required to
   * send when the screen is on.
   */
  redFlagsYes?: string[];
  /** Replaces this week's sent check-in; without it a second send answers 409. */
  replace?: boolean;
}

/** One assignment as a check-in names it. */
export interface CheckInHomework {
  id: string;
  title: string;
  domain: DomainId;
}

/** One weekly check-in: the client's own estimate, never an intake score. */
export interface CheckIn {
  id: string;
  /** ISO week in Europe/Amsterdam, `2027-W13`. */
  week: string;
  status: CheckInStatus;
  painNow: number | null;
  domains: Record<DomainId, number | null>;
  movementSafety: number | null;
  homeworkDone: string[];
  /**
   * The same homework with its title, for reading; an assignment deleted
   * with its record since is left out.
   */
  homeworkDoneItems: CheckInHomework[];
  note: string | null;
  redFlagsYes: string[];
  /** The urgent instruction to show the client at once; null when none. */
  urgentInstruction: Localized | null;
  submittedAt: string | null;
  updatedAt: string;
}

/** Body of `POST /api/portal/daily-logs`: one per day, a later one that day replaces it. */
export interface SaveDailyLogRequest {
  /** `YYYY-MM-DD` in Amsterdam, today or up to 7 days back; default today. */
  on?: string;
  pain: number;
  /** 0-14 in half hours. */
  sleepHours: number;
}

export interface DailyLog {
  id: string;
  on: string;
  pain: number;
  sleepHours: number;
  updatedAt: string;
}

/** `GET /api/portal/check-ins`: what the check-in page needs. */
export interface PortalCheckIns {
  /** This week's check-in (draft or sent); null when none yet. */
  current: CheckIn | null;
  week: string;
  /** Whether the practice asks the short red-flag screen. */
  redFlagScreen: boolean;
  /** Today's mini-log, when there is one. */
  today: DailyLog | null;
  /** This week's homework the client may mark done; empty when none runs. */
  homework: CheckInHomework[];
}

/** `GET /api/clients/:id/check-ins`: sent check-ins and mini-logs, newest first. */
export interface ClientCheckIns {
  checkIns: CheckIn[];
  dailyLogs: DailyLog[];
  /** Oldest first, one series per scale, for the small trend charts. */
  series: CheckInSeries;
  lastCheckInAt: string | null;
}

/** On Vandaag: a check-in worse by 2 points or more in pain or a focus domain. */
export interface HomeCheckInWorsening extends HomeClientRef {
  checkInId: string;
  submittedAt: string;
  worsened: { what: 'pain' | DomainId; from: number; to: number }[];
}

/** On Vandaag: a portal client without a check-in for two weeks. */
export interface HomeCheckInSilence extends HomeClientRef {
  lastCheckInAt: string | null;
}
