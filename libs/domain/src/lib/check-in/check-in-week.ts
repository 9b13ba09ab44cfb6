import {
  addCalendarDays,
  isoWeekday,
  toAmsterdamWallTime,
} from '../i18n/amsterdam-time';

/**
 * The ISO week a moment falls in on the calendar in Amsterdam, as
 * `2027-W13`: Monday 00:30 in Amsterdam is still Sunday in UTC, and belongs
 * to the new week all the same. ISO weeks start on Monday; week 1 holds the
 * year's first Thursday.
 */
export function checkInWeek(instant: Date): string {
  return isoWeekOf(toAmsterdamWallTime(instant).date);
}

/** The ISO week of a calendar date (`YYYY-MM-DD`), as `YYYY-Www`. */
export function isoWeekOf(date: string): string {
  // The Thursday of the same week decides the year.
  const thursday = addCalendarDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const first = Date.UTC(year, 0, 1);
  const day = Math.round((Date.parse(`${thursday}T00:00:00Z`) - first) / 864e5);
  const week = Math.floor(day / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (`YYYY-MM-DD`) that starts the week of a calendar date. */
export function weekStartOf(date: string): string {
  return addCalendarDays(date, 1 - isoWeekday(date));
}

/** The calendar day in Amsterdam a moment falls on (`YYYY-MM-DD`). */
export function amsterdamDate(instant: Date): string {
  return toAmsterdamWallTime(instant).date;
}
