import type {
  AbstractControl,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { toCalendarDate } from '@herstelkompas/domain';

// dd-mm-jjjj with -, / , . or a space between the parts, or 8 digits in a row
// (what people type on a phone's number pad).
const SEPARATED = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;
// jjjj-mm-dd, as copied from another system or a letter: understood too.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Day, month and year as typed, before asking whether the date exists. */
function dateParts(text: string): [number, number, number] | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  const match = SEPARATED.exec(trimmed) ?? DIGITS_ONLY.exec(trimmed);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Earliest date of birth the API accepts. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * A date as Dutch people type it ("23-4-1978", "23/04/1978", "23041978", or
 * ISO "1978-04-23") to ISO (`1978-04-23`); null when it is not a real
 * calendar date.
 */
export function parseDutchDate(text: string): string | null {
  const parts = dateParts(text);
  if (!parts) return null;
  const [day, month, year] = parts;
  if (!day || !month || !year) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `1978-04-23` to `23-04-1978`, as the product shows dates. */
export function formatDutchDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

/** Today's date in Amsterdam, as ISO `YYYY-MM-DD`. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return toCalendarDate(now.toISOString());
}

/**
 * A text control holding a Dutch date: `{ dateFormat }` when it cannot be
 * read. Empty passes; `Validators.required` says that.
 */
export const dutchDateValidator: ValidatorFn = (control: AbstractControl) =>
  readDate(control) === null ? { dateFormat: true } : null;

/**
 * Mirrors the API's rule for dates of birth: a real date, not in the future
 * (in Amsterdam) and not before 1900.
 */
export function birthDateValidator(
  today: () => string = () => todayInAmsterdam(),
): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const iso = readDate(control);
    if (iso === undefined) return null;
    if (iso === null) return unreadable(control);
    if (iso > today()) return { dateFuture: true };
    if (iso < EARLIEST_BIRTH_DATE) return { dateTooEarly: true };
    return null;
  };
}

/**
 * Written as a date but not one ("31-02-1990"): say that the date does not
 * exist, rather than repeating the format the person already used.
 */
function unreadable(control: AbstractControl): ValidationErrors {
  return dateParts(String(control.value)) === null
    ? { dateFormat: true }
    : { dateNotReal: true };
}

/** undefined: empty; null: unreadable; else the ISO date. */
function readDate(control: AbstractControl): string | null | undefined {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return parseDutchDate(value);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
