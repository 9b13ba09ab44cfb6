import {
  addCalendarDays,
  amsterdamDayStart,
  amsterdamOffsetMinutes,
  fromAmsterdamWallTime,
  isCalendarDate,
  isoWeekday,
  parseAmsterdamDateTime,
  toAmsterdamWallTime,
} from './amsterdam-time';

describe('Amsterdam wall-clock time', () => {
  it.each([
    ['2026-12-07T12:00:00Z', 60],
    ['2027-07-01T12:00:00Z', 120],
    // Last Sunday of March 2027: 01:00 UTC is 03:00 summer time.
    ['2027-03-28T00:59:00Z', 60],
    ['2027-03-28T01:00:00Z', 120],
    // Last Sunday of October 2027: 01:00 UTC is 02:00 winter time.
    ['2027-10-31T00:59:00Z', 120],
    ['2027-10-31T01:00:00Z', 60],
  ])('knows the offset at %s: %p minutes', (iso, minutes) => {
    expect(amsterdamOffsetMinutes(new Date(iso))).toBe(minutes);
  });

  it.each([
    ['2026-12-07', '09:30', '2026-12-07T08:30:00.000Z', false],
    ['2027-07-01', '09:30:15', '2027-07-01T07:30:15.000Z', false],
    ['2027-03-28', '01:59', '2027-03-28T00:59:00.000Z', false],
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z', false],
    // 02:30 in October happens twice: summer time first.
    ['2027-10-31', '02:30', '2027-10-31T00:30:00.000Z', true],
    ['2027-10-31', '03:00', '2027-10-31T02:00:00.000Z', false],
    ['2027-10-31', '01:59', '2027-10-30T23:59:00.000Z', false],
  ])('reads %s %s as %s (ambiguous: %p)', (date, time, iso, ambiguous) => {
    expect(fromAmsterdamWallTime(date, time)).toEqual({
      kind: 'ok',
      instant: new Date(iso),
      ambiguous,
    });
  });

  it.each([
    ['2027-03-28', '02:00'],
    ['2027-03-28', '02:30'],
    ['2026-03-29', '02:59'],
  ])('says %s %s does not exist (the clock jumps to 03:00)', (date, time) => {
    expect(fromAmsterdamWallTime(date, time)).toEqual({ kind: 'nonexistent' });
  });

  it.each([
    ['2027-02-30', '10:00'],
    ['28-03-2027', '10:00'],
    ['2027-03-28', '24:00'],
    ['2027-03-28', '10:60'],
    ['2027-03-28', '10:00:60'],
    ['2027-03-28', '1000'],
  ])('refuses %s %s', (date, time) => {
    expect(fromAmsterdamWallTime(date, time)).toEqual({ kind: 'invalid' });
  });

  it.each([
    ['2027-03-28T10:30', '2027-03-28T08:30:00.000Z'],
    ['2027-03-28T10:30:00.000', '2027-03-28T08:30:00.000Z'],
    ['2027-03-28T10:30:00+01:00', '2027-03-28T09:30:00.000Z'],
    ['2027-03-28T10:30:00Z', '2027-03-28T10:30:00.000Z'],
    ['2027-03-28T10:30Z', '2027-03-28T10:30:00.000Z'],
  ])('parses the moment %s as %s', (text, iso) => {
    expect(parseAmsterdamDateTime(text)).toEqual({
      kind: 'ok',
      instant: new Date(iso),
      ambiguous: false,
    });
  });

  it.each([
    ['2027-03-28T02:30', 'nonexistent'],
    ['2027-03-28', 'invalid'],
    ['2027-02-30T10:00:00Z', 'invalid'],
    ['2027-03-28T25:00:00Z', 'invalid'],
    ['morgen', 'invalid'],
    ['2027-03-28 10:00', 'invalid'],
  ])('refuses the moment %s (%s)', (text, kind) => {
    expect(parseAmsterdamDateTime(text)).toEqual({ kind });
  });

  it.each([
    ['2027-03-28', '2027-03-27T23:00:00.000Z'],
    ['2027-03-29', '2027-03-28T22:00:00.000Z'],
    ['2027-10-31', '2027-10-30T22:00:00.000Z'],
    ['2027-11-01', '2027-10-31T23:00:00.000Z'],
  ])('starts the day %s at %s', (date, iso) => {
    expect(amsterdamDayStart(date).toISOString()).toBe(iso);
  });

  it.each([
    ['2027-03-28', 1, '2027-03-29'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2027-10-25', 6, '2027-10-31'],
  ])('counts from %s %p day(s) to %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each([
    ['2027-03-28T00:30:00Z', '2027-03-28', '01:30'],
    ['2027-03-28T01:30:00Z', '2027-03-28', '03:30'],
    ['2027-10-31T00:30:00Z', '2027-10-31', '02:30'],
    ['2027-10-31T01:30:00Z', '2027-10-31', '02:30'],
    ['2026-12-31T23:30:00Z', '2027-01-01', '00:30'],
  ])('shows %s as %s %s', (iso, date, time) => {
    expect(toAmsterdamWallTime(new Date(iso))).toEqual({ date, time });
  });

  it.each([
    ['2026-12-07', 1],
    ['2027-03-28', 7],
    ['2027-10-30', 6],
  ])('knows %s is weekday %p', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('refuses what is not a date', () => {
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(() => amsterdamDayStart('2027-13-01')).toThrow(RangeError);
    expect(() => addCalendarDays('x', 1)).toThrow(RangeError);
    expect(() => isoWeekday('2027-02-29')).toThrow(RangeError);
  });
});
