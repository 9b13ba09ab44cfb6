/**
 * Wall-clock time in Europe/Amsterdam, both ways, with the summer-time rules
 * the platform's time zone database holds. On the last Sunday of March the
 * clock jumps from 02:00 to 03:00 (02:30 does not exist); on the last Sunday
 * of October it goes from 03:00 back to 02:00 (02:30 happens twice).
 */

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  timeZoneName: 'longOffset',
});

const wallFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
const LOCAL_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)$/;
const ZONED_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Minutes Amsterdam is ahead of UTC at that instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  // Amsterdam is always ahead of UTC: "GMT+01:00" or "GMT+02:00".
  const match = /GMT\+(\d{2}):(\d{2})/.exec(
    offsetFormat.format(instant),
  ) as RegExpExecArray;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A wall-clock time in Amsterdam as an instant, or why it is none. */
export type AmsterdamInstant =
  | {
      kind: 'ok';
      instant: Date;
      /** The time happened twice (October); `instant` is the first, in summer time. */
      ambiguous: boolean;
    }
  /** Skipped by the switch to summer time (March, 02:00-03:00). */
  | { kind: 'nonexistent' }
  | { kind: 'invalid' };

/** True for a real `YYYY-MM-DD` calendar date. */
export function isCalendarDate(text: string): boolean {
  const parts = DATE.exec(text);
  if (!parts) return false;
  const [year, month, day] = [parts[1], parts[2], parts[3]].map(Number) as [
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/**
 * `2027-03-28` and `14:30` (or `14:30:00`) on the clock in Amsterdam. Every
 * offset Amsterdam had around that day is tried; the ones that read back as
 * the same wall time are the answers (none in the March gap, two in October).
 */
export function fromAmsterdamWallTime(
  date: string,
  time: string,
): AmsterdamInstant {
  const clock = TIME.exec(time);
  if (!isCalendarDate(date) || !clock) return { kind: 'invalid' };
  const [hour, minute, second] = [clock[1], clock[2], clock[3] ?? '0'].map(
    Number,
  ) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return { kind: 'invalid' };
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    hour,
    minute,
    second,
  );
  const offsets = new Set(
    [-14, 14].map((h) => amsterdamOffsetMinutes(new Date(wall + h * 3.6e6))),
  );
  const found = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((t) => amsterdamOffsetMinutes(new Date(t)) * 60_000 === wall - t)
    .sort((a, b) => a - b);
  const first = found[0];
  if (first === undefined) return { kind: 'nonexistent' };
  return { kind: 'ok', instant: new Date(first), ambiguous: found.length > 1 };
}

/**
 * A moment as the API takes it: with an offset or `Z` it is that instant;
 * without one (`2027-03-28T10:30`) it is read on the clock in Amsterdam.
 */
export function parseAmsterdamDateTime(text: string): AmsterdamInstant {
  const local = LOCAL_DATE_TIME.exec(text);
  if (local)
    return fromAmsterdamWallTime(local[1] as string, local[2] as string);
  if (!ZONED_DATE_TIME.test(text) || !isCalendarDate(text.slice(0, 10)))
    return { kind: 'invalid' };
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return { kind: 'invalid' };
  return { kind: 'ok', instant, ambiguous: false };
}

/** Midnight at the start of that day in Amsterdam (midnight always exists there). */
export function amsterdamDayStart(date: string): Date {
  const start = fromAmsterdamWallTime(date, '00:00');
  if (start.kind !== 'ok') throw new RangeError(`Not a valid date: ${date}`);
  return start.instant;
}

/** The calendar date `days` later (or earlier, when negative). */
export function addCalendarDays(date: string, days: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`Not a valid date: ${date}`);
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** An instant as the date (`YYYY-MM-DD`) and time (`HH:mm`) on the clock in Amsterdam. */
export function toAmsterdamWallTime(instant: Date): {
  date: string;
  time: string;
} {
  const parts = Object.fromEntries(
    wallFormat.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

/** Day of the week in Amsterdam's calendar: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a valid date: ${date}`);
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
