import { LANGUAGES, formatNumber, joinList, localize } from './localized';
import { formatDate, toCalendarDate } from './dates';

describe('localized helpers', () => {
  it('speaks Dutch first, then English', () => {
    expect(LANGUAGES).toEqual(['nl', 'en']);
  });

  it.each([
    [72.5, 'nl', '72,5'],
    [72.5, 'en', '72.5'],
    [-3, 'nl', '-3'],
    [60, 'nl', '60'],
  ] as const)('formats %p in %s as %p', (value, language, expected) => {
    expect(formatNumber(value, language)).toBe(expected);
  });

  it.each([
    [[], 'nl', ''],
    [['slaap'], 'nl', 'slaap'],
    [['slaap', 'stress'], 'nl', 'slaap en stress'],
    [['a', 'b', 'c'], 'nl', 'a, b en c'],
    [['a', 'b', 'c'], 'en', 'a, b and c'],
  ] as const)('joins %p in %s as %p', (words, language, expected) => {
    expect(joinList(words, language)).toBe(expected);
  });

  it('builds a text per language', () => {
    expect(localize((language) => language.toUpperCase())).toEqual({
      nl: 'NL',
      en: 'EN',
    });
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-13', '2026-11-13'],
    ['2026-11-13T22:59:59Z', '2026-11-13'],
    ['2026-11-13T23:00:00Z', '2026-11-14'],
    ['2026-07-13T22:00:00Z', '2026-07-14'],
  ])('reads %s as the Amsterdam date %s', (iso, date) => {
    expect(toCalendarDate(iso)).toBe(date);
  });

  it('formats dates as dd-mm-jjjj', () => {
    expect(formatDate('2026-11-13')).toBe('13-11-2026');
  });
});
