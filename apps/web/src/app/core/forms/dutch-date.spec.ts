import { FormControl } from '@angular/forms';
import {
  birthDateValidator,
  formatDutchDate,
  parseDutchDate,
  todayInAmsterdam,
} from './dutch-date';

describe('parseDutchDate', () => {
  it.each([
    ['23-04-1978', '1978-04-23'],
    ['23-4-1978', '1978-04-23'],
    ['3/4/1978', '1978-04-03'],
    ['03.04.1978', '1978-04-03'],
    ['03 04 1978', '1978-04-03'],
    ['23041978', '1978-04-23'],
    ['  29-02-2024 ', '2024-02-29'],
    ['1990-05-12', '1990-05-12'],
    ['1990-5-2', '1990-05-02'],
  ])('reads %p as %p', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each([
    ['29-02-2023'],
    ['31-04-1978'],
    ['00-01-1978'],
    ['23-13-1978'],
    ['1978-02-30'],
    ['23-04-78'],
    ['vandaag'],
    [''],
  ])('refuses %p', (text) => {
    expect(parseDutchDate(text)).toBeNull();
  });
});

describe('formatDutchDate', () => {
  it('writes an ISO date as dd-mm-jjjj', () => {
    expect(formatDutchDate('1978-04-03')).toBe('03-04-1978');
  });
});

describe('todayInAmsterdam', () => {
  it('is already tomorrow in Amsterdam at 23:30 UTC', () => {
    expect(todayInAmsterdam(new Date('2026-11-13T23:30:00Z'))).toBe(
      '2026-11-14',
    );
  });
});

describe('birthDateValidator', () => {
  const validator = birthDateValidator(() => '2026-11-13');
  const check = (value: string) => validator(new FormControl(value));

  it.each([
    ['', null],
    ['13-11-2026', null],
    ['01-01-1900', null],
    ['14-11-2026', { dateFuture: true }],
    ['31-12-1899', { dateTooEarly: true }],
    ['1990-05-12', null],
    ['31-02-1980', { dateNotReal: true }],
    ['31-02-1990', { dateNotReal: true }],
    ['1990-02-31', { dateNotReal: true }],
    ['31 februari', { dateFormat: true }],
  ])('answers %p with %p', (value, errors) => {
    expect(check(value)).toEqual(errors);
  });
});
