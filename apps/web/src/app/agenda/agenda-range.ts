import type { Appointment } from '@herstelkompas/contracts';
import {
  addCalendarDays,
  isCalendarDate,
  isoWeekday,
  toAmsterdamWallTime,
} from '@herstelkompas/domain';

export type AgendaView = 'day' | 'week';

/** What the Agenda shows; kept in the URL so a view can be bookmarked. */
export interface AgendaQuery {
  view: AgendaView;
  /** A day in the period, `YYYY-MM-DD` in Amsterdam. */
  date: string;
  /** One practitioner's agenda, or the whole practice ('practice', owners). */
  who: string;
}

/** Today's date on the clock in Amsterdam. */
export function amsterdamToday(now = new Date()): string {
  return toAmsterdamWallTime(now).date;
}

/** The days a view shows: the day itself, or Monday to Sunday around it. */
export function daysOf(view: AgendaView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = addCalendarDays(date, 1 - isoWeekday(date));
  return Array.from({ length: 7 }, (_, i) => addCalendarDays(monday, i));
}

/** The same view one period earlier (-1) or later (+1). */
export function shift(view: AgendaView, date: string, step: -1 | 1): string {
  return addCalendarDays(date, step * (view === 'day' ? 1 : 7));
}

/** Appointments per day, by their start on the clock in Amsterdam. */
export function byDay(
  appointments: readonly Appointment[],
  days: readonly string[],
): { date: string; appointments: Appointment[] }[] {
  return days.map((date) => ({
    date,
    appointments: appointments.filter(
      (a) => toAmsterdamWallTime(new Date(a.start)).date === date,
    ),
  }));
}

/** The query from URL parameters, with today and the caller as defaults. */
export function queryFrom(
  params: { get(name: string): string | null },
  defaults: { today: string; me: string; owner: boolean },
): AgendaQuery {
  const view = params.get('weergave') === 'dag' ? 'day' : 'week';
  const date = params.get('datum') ?? '';
  const who = params.get('agenda') ?? '';
  return {
    view,
    date: isCalendarDate(date) ? date : defaults.today,
    who:
      who === 'praktijk' && defaults.owner
        ? 'practice'
        : /^[0-9a-f-]{36}$/i.test(who) && defaults.owner
          ? who
          : defaults.me,
  };
}

/** URL parameters for a query; defaults are left out. */
export function paramsOf(
  query: AgendaQuery,
  defaults: { today: string; me: string },
): Record<string, string | null> {
  return {
    weergave: query.view === 'day' ? 'dag' : null,
    datum: query.date === defaults.today ? null : query.date,
    agenda:
      query.who === defaults.me
        ? null
        : query.who === 'practice'
          ? 'praktijk'
          : query.who,
  };
}
