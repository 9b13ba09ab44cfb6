import {
  addCalendarDays,
  isCalendarDate,
  isoWeekday,
} from '../i18n/amsterdam-time';

/** How often an assignment is meant to be done: every day, or N times a week. */
export type HomeworkFrequency =
  | { readonly kind: 'daily' }
  | { readonly kind: 'weekly'; readonly timesPerWeek: number };

/** Most times a week a practitioner can ask for: once a day. */
export const MAX_TIMES_PER_WEEK = 7;

export interface AdherenceInput {
  readonly frequency: HomeworkFrequency;
  /** First day of the period, `YYYY-MM-DD` in Amsterdam. */
  readonly startsOn: string;
  /** Last day of the period, inclusive. */
  readonly endsOn: string;
  /** Today in Amsterdam. */
  readonly today: string;
  /** The days the client ticked it off (duplicates are counted once). */
  readonly doneOn: readonly string[];
}

export type AssignmentPhase = 'upcoming' | 'running' | 'finished';

export interface Adherence {
  readonly phase: AssignmentPhase;
  /** Days ticked off within the period so far, at most the week's target per week. */
  readonly done: number;
  /**
   * Times that should have been done by today: for each week, the week's
   * target minus the days of the period still to come in that week (what
   * can no longer be caught up). For a daily item that is the days so far.
   */
  readonly expected: number;
  /** The week that holds today (or the period's last week once it is over). */
  readonly week: { readonly done: number; readonly target: number };
  readonly lastDoneOn: string | null;
}

/** Monday of the (ISO) week of that date. */
export function weekStart(date: string): string {
  return addCalendarDays(date, 1 - isoWeekday(date));
}

/** Days since 1970-01-01: numbers compare and step safely, also near the year 9999. */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function timesPerWeek(frequency: HomeworkFrequency): number {
  return frequency.kind === 'daily' ? 7 : frequency.timesPerWeek;
}

/**
 * Done versus expected for one assignment, counted per calendar week
 * (Monday to Sunday) in Amsterdam. A week the period only partly covers asks
 * at most one time per covered day.
 */
export function computeAdherence(input: AdherenceInput): Adherence {
  const { startsOn, endsOn, today } = input;
  for (const date of [startsOn, endsOn, today])
    if (!isCalendarDate(date))
      throw new RangeError(`Not a valid date: ${date}`);
  if (endsOn < startsOn)
    throw new RangeError('The period ends before it starts');
  const perWeek = timesPerWeek(input.frequency);
  const inPeriod = [...new Set(input.doneOn)]
    .filter((d) => d >= startsOn && d <= endsOn && d <= today)
    .sort();
  const lastDoneOn = inPeriod[inPeriod.length - 1] ?? null;
  const phase: AssignmentPhase =
    today < startsOn ? 'upcoming' : today > endsOn ? 'finished' : 'running';
  const focusDay =
    phase === 'upcoming' ? startsOn : phase === 'finished' ? endsOn : today;

  const startDay = dayNumber(startsOn);
  const endDay = dayNumber(endsOn);
  const todayDay = dayNumber(today);
  const focus = dayNumber(focusDay);
  const doneDays = inPeriod.map(dayNumber);
  let done = 0;
  let expected = 0;
  let week = { done: 0, target: 0 };
  // Thursday 1970-01-01 is day 0, so Monday is day 4 modulo 7.
  const firstMonday = startDay - ((((startDay - 4) % 7) + 7) % 7);
  for (let monday = firstMonday; monday <= endDay; monday += 7) {
    const first = Math.max(monday, startDay);
    const last = Math.min(monday + 6, endDay);
    const target = Math.min(perWeek, last - first + 1);
    const doneInWeek = Math.min(
      target,
      doneDays.filter((d) => d >= first && d <= last).length,
    );
    const stillToCome =
      todayDay < first
        ? last - first + 1
        : todayDay >= last
          ? 0
          : last - todayDay;
    if (todayDay >= first) {
      done += doneInWeek;
      expected += Math.max(0, target - stillToCome);
    }
    if (focus >= first && focus <= last) week = { done: doneInWeek, target };
  }
  return { phase, done, expected, week, lastDoneOn };
}
