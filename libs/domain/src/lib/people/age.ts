import { parseCalendarDate } from '../i18n/dates';

/**
 * Age in whole years on a date. Dates are ISO (`YYYY-MM-DD`, or a timestamp,
 * read as the date in Europe/Amsterdam). Someone born on 29 February gets a
 * year older on 1 March in years without that day.
 *
 * @throws RangeError for a malformed date or a date before the birth date.
 */
export function ageOn(dateOfBirth: string, date: string): number {
  const birth = parseCalendarDate(dateOfBirth);
  const on = parseCalendarDate(date);
  const birthdayPassed =
    on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  const age = on.year - birth.year - (birthdayPassed ? 0 : 1);
  if (age < 0) {
    throw new RangeError(`${date} is before the date of birth ${dateOfBirth}`);
  }
  return age;
}
