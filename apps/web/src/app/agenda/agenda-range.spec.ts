import { buildAppointment } from '../../testing/build-appointment';
import {
  amsterdamToday,
  byDay,
  daysOf,
  paramsOf,
  queryFrom,
  shift,
} from './agenda-range';

const params = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});

describe('agenda range', () => {
  it('knows the date in Amsterdam, also just after midnight there', () => {
    expect(amsterdamToday(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
  });

  it.each([
    ['2026-12-09', ['2026-12-07', '2026-12-13']],
    ['2026-12-07', ['2026-12-07', '2026-12-13']],
    ['2026-12-13', ['2026-12-07', '2026-12-13']],
    ['2027-03-28', ['2027-03-22', '2027-03-28']],
  ])('shows the week of %s from Monday to Sunday', (date, [first, last]) => {
    const days = daysOf('week', date);
    expect(days).toHaveLength(7);
    expect([days[0], days[6]]).toEqual([first, last]);
  });

  it('moves a day or a week', () => {
    expect(shift('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(shift('week', '2026-12-07', -1)).toBe('2026-11-30');
  });

  it('puts appointments on their day in Amsterdam, across the October change', () => {
    const late = buildAppointment({
      id: 'late',
      start: '2027-10-30T22:30:00.000Z',
    });
    const repeated = buildAppointment({
      id: 'repeated',
      start: '2027-10-31T01:30:00.000Z',
    });
    const grouped = byDay([late, repeated], ['2027-10-30', '2027-10-31']);
    expect(grouped.map((d) => d.appointments.map((a) => a.id))).toEqual([
      [],
      ['late', 'repeated'],
    ]);
  });

  it('reads the view from the URL and keeps defaults out of it', () => {
    const defaults = { today: '2026-12-07', me: 'p-1', owner: false };
    expect(queryFrom(params({}), defaults)).toEqual({
      view: 'week',
      date: '2026-12-07',
      who: 'p-1',
    });
    expect(
      queryFrom(
        params({ weergave: 'dag', datum: '2027-02-30', agenda: 'praktijk' }),
        defaults,
      ),
    ).toEqual({ view: 'day', date: '2026-12-07', who: 'p-1' });
    expect(
      queryFrom(params({ agenda: 'praktijk' }), { ...defaults, owner: true })
        .who,
    ).toBe('practice');
    expect(
      paramsOf({ view: 'day', date: '2026-12-08', who: 'practice' }, defaults),
    ).toEqual({ weergave: 'dag', datum: '2026-12-08', agenda: 'praktijk' });
    expect(
      paramsOf({ view: 'week', date: '2026-12-07', who: 'p-1' }, defaults),
    ).toEqual({ weergave: null, datum: null, agenda: null });
  });
});
