import { FOLLOW_UP_TIME } from '@herstelkompas/contracts';
import {
  addCalendarDays,
  fromAmsterdamWallTime,
  toAmsterdamWallTime,
} from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';

/** Today's date in Europe/Amsterdam. */
export function amsterdamToday(now = new Date()): string {
  return toAmsterdamWallTime(now).date;
}

/** The moment a due day's invitation is made: 08:00 in Amsterdam (always a real time). */
export function dueInstant(day: string): Date {
  const read = fromAmsterdamWallTime(day, FOLLOW_UP_TIME);
  if (read.kind !== 'ok') throw new RangeError(`Not a valid day: ${day}`);
  return read.instant;
}

/**
 * The next due day of "every N weeks" after `day`: N weeks on, and further
 * while that moment has passed too (after a long stop there is one
 * invitation, not one per missed week).
 */
export function nextDueDay(day: string, everyWeeks: number, now: Date): string {
  let next = addCalendarDays(day, everyWeeks * 7);
  while (dueInstant(next).getTime() <= now.getTime())
    next = addCalendarDays(next, everyWeeks * 7);
  return next;
}

/** Per client, when the next scheduled follow-up is made (one query for a page). */
export async function nextFollowUps(
  manager: EntityManager,
  practiceId: string,
  clientIds: string[],
): Promise<Map<string, string>> {
  if (!clientIds.length) return new Map();
  const rows: { client_id: string; next_due_on: string }[] =
    await manager.query(
      `SELECT client_id, to_char(next_due_on, 'YYYY-MM-DD') AS next_due_on
         FROM follow_up_schedules
        WHERE practice_id = $1 AND client_id = ANY($2::uuid[])`,
      [practiceId, clientIds],
    );
  return new Map(
    rows.map((r) => [r.client_id, dueInstant(r.next_due_on).toISOString()]),
  );
}
