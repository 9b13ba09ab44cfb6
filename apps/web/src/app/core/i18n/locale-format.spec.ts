import { TestBed } from '@angular/core/testing';
import { I18n } from './i18n';
import { LocaleFormat, amsterdamHour, amsterdamOffset } from './locale-format';

describe('LocaleFormat', () => {
  let format: LocaleFormat;
  let i18n: I18n;

  beforeEach(() => {
    localStorage.clear();
    format = TestBed.inject(LocaleFormat);
    i18n = TestBed.inject(I18n);
  });

  it('writes dates as dd-mm-jjjj in Amsterdam time', () => {
    // 23:30 UTC on 12 November is already the 13th in Amsterdam.
    expect(format.date('2026-11-12T23:30:00Z')).toBe('13-11-2026');
  });

  it('uses a 24-hour clock in winter (UTC+1) and summer (UTC+2)', () => {
    expect(format.date('2026-01-15T13:05:00Z', 'time')).toBe('14:05');
    expect(format.date('2026-07-15T13:05:00Z', 'time')).toBe('15:05');
    expect(format.date('2026-07-15T19:45:00Z', 'dateTime')).toBe(
      '15-07-2026 21:45',
    );
  });

  it('names the weekday in the current language', async () => {
    expect(format.date('2026-11-13T10:00:00Z', 'weekdayDate')).toBe(
      'vrijdag 13-11-2026',
    );
    await i18n.use('en');
    expect(format.date('2026-11-13T10:00:00Z', 'weekdayDate')).toBe(
      'Friday 13-11-2026',
    );
  });

  it('names a day in words for headings: "zondag 6 december"', async () => {
    expect(format.date('2026-12-06T08:30:00Z', 'dayHeading')).toBe(
      'zondag 6 december',
    );
    // 23:30 UTC on 5 December is already Sunday in Amsterdam.
    expect(format.date('2026-12-05T23:30:00Z', 'dayHeading')).toBe(
      'zondag 6 december',
    );
    await i18n.use('en');
    expect(format.date('2026-12-06T08:30:00Z', 'dayHeading')).toBe(
      'Sunday 6 December',
    );
  });

  it('writes a decimal comma in Dutch and a point in English', async () => {
    expect(format.number(72.5, '1.1-1')).toBe('72,5');
    expect(format.number(1234.5, '1.1-1')).toBe('1.234,5');
    await i18n.use('en');
    expect(format.number(72.5, '1.1-1')).toBe('72.5');
  });

  it('finds the Amsterdam offset and hour around the summer-time change', () => {
    expect(amsterdamOffset(new Date('2026-03-29T00:59:00Z'))).toBe('+0100');
    expect(amsterdamOffset(new Date('2026-03-29T01:00:00Z'))).toBe('+0200');
    expect(amsterdamHour(new Date('2026-03-29T01:00:00Z'))).toBe(3);
  });

  it('compares calendar days in Amsterdam, not UTC', () => {
    expect(
      format.sameDay(
        new Date('2026-11-12T23:30:00Z'),
        new Date('2026-11-13T08:00:00Z'),
      ),
    ).toBe(true);
  });
});
