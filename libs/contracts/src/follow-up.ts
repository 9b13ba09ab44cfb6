import type { IntakeVariant } from './intake';
import type { SendBy } from './mail';

/**
 * A client's follow-up intakes on a schedule: every N weeks, or once on a
 * date. At 08:00 Europe/Amsterdam of the due day the invitation is made and,
 * with `send: "email"`, mailed; an "every N weeks" schedule then moves on.
 */
export interface FollowUpSchedule {
  clientId: string;
  /** 1-52; null for a single date. */
  everyWeeks: number | null;
  /** YYYY-MM-DD; null for "every N weeks". */
  on: string | null;
  variant: IntakeVariant;
  send: SendBy;
  /** YYYY-MM-DD in Europe/Amsterdam: the day the next invitation is made. */
  nextDueOn: string;
  /** ISO-8601: the moment it is made (08:00 Europe/Amsterdam that day). */
  nextDueAt: string;
  createdAt: string;
  updatedAt: string;
}

/** Answer of `GET|PUT /api/clients/:id/follow-up-schedule`. */
export interface FollowUpScheduleView {
  schedule: FollowUpSchedule | null;
}

/** Body of `PUT /api/clients/:id/follow-up-schedule`: exactly one of `everyWeeks` and `on`. */
export interface SetFollowUpScheduleRequest {
  everyWeeks?: number;
  /** YYYY-MM-DD, today or later (Europe/Amsterdam). */
  on?: string;
  /** `email` by default when the client has an address, else `link`. */
  send?: SendBy;
  /** `follow_up` by default. */
  variant?: IntakeVariant;
}

export const FOLLOW_UP_EVERY_WEEKS_MIN = 1;
export const FOLLOW_UP_EVERY_WEEKS_MAX = 52;
/** The wall-clock time in Europe/Amsterdam at which a due invitation is made. */
export const FOLLOW_UP_TIME = '08:00';
