import type {
  SendBy,
  SetFollowUpScheduleRequest,
} from '@herstelkompas/contracts';
import {
  FOLLOW_UP_EVERY_WEEKS_MAX,
  FOLLOW_UP_EVERY_WEEKS_MIN,
} from '@herstelkompas/contracts';
import { parseDutchDate } from '../../core/forms/dutch-date';
import type { TranslationKey } from '../../core/i18n/translations';

export type FollowUpMode = 'weeks' | 'date';
export type FollowUpField = 'everyWeeks' | 'date' | 'send';

export interface FollowUpFormValue {
  mode: FollowUpMode;
  everyWeeks: string;
  /** As typed: dd-mm-jjjj. */
  date: string;
  send: SendBy;
}

export type FollowUpCheck =
  | { ok: true; request: SetFollowUpScheduleRequest }
  | { ok: false; errors: Partial<Record<FollowUpField, TranslationKey>> };

/** The form as the API wants it, or what to fix first (the API says the same). */
export function toScheduleRequest(
  value: FollowUpFormValue,
  today: string,
): FollowUpCheck {
  if (value.mode === 'weeks') {
    const text = value.everyWeeks.trim();
    const weeks = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
    if (!(
      weeks >= FOLLOW_UP_EVERY_WEEKS_MIN && weeks <= FOLLOW_UP_EVERY_WEEKS_MAX
    ))
      return {
        ok: false,
        errors: { everyWeeks: 'followUps.dialog.errors.weeks' },
      };
    return { ok: true, request: { everyWeeks: weeks, send: value.send } };
  }
  const on = parseDutchDate(value.date.trim());
  if (!on)
    return { ok: false, errors: { date: 'followUps.dialog.errors.date' } };
  if (on < today)
    return { ok: false, errors: { date: 'followUps.dialog.errors.past' } };
  return { ok: true, request: { on, send: value.send } };
}
