/**
 * Date helpers. Dates are exchanged as ISO-8601 strings: calendar dates as
 * `YYYY-MM-DD`, moments as full timestamps (stored as UTC). The practice works
 * in the Netherlands, so a moment becomes a calendar date in Europe/Amsterdam.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date split into its parts. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function isRealDate({ year, month, day }: CalendarDate): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/**
 * Turns an ISO date (`2026-11-13`) or timestamp (`2026-11-13T23:30:00Z`) into
 * the calendar date in Europe/Amsterdam, as `YYYY-MM-DD`.
 *
 * @throws RangeError when the text is not a valid ISO date or timestamp.
 */
export function toCalendarDate(iso: string): string {
  const parts = DATE_ONLY.exec(iso);
  if (parts) {
    const date = {
      year: Number(parts[1]),
      month: Number(parts[2]),
      day: Number(parts[3]),
    };
    if (!isRealDate(date)) {
      throw new RangeError(`Not a valid date: ${iso}`);
    }
    return iso;
  }
  // Only full timestamps get here; a bare year or a local time without zone
  // would be read differently per engine, so those are refused.
  if (!/^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:\d{2})$/.test(iso)) {
    throw new RangeError(`Not an ISO-8601 date or timestamp: ${iso}`);
  }
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) {
    throw new RangeError(`Not a valid timestamp: ${iso}`);
  }
  return amsterdamDate.format(moment);
}

/** Splits a date (see {@link toCalendarDate}) into year, month and day. */
export function parseCalendarDate(iso: string): CalendarDate {
  const date = toCalendarDate(iso);
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** Formats a date as the product shows it: dd-mm-jjjj (13-11-2026). */
export function formatDate(iso: string): string {
  const date = toCalendarDate(iso);
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}
