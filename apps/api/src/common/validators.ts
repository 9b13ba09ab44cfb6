import {
  isCheckInValue,
  isMultiLineText,
  isSingleLineText,
  isSleepHours,
} from '@herstelkompas/domain';
import {
  registerDecorator,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';

/** YYYY-MM-DD, a real calendar date, not in the future and not before 1900. */
export function isBirthDate(value: unknown, today = new Date()): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    return false;
  return value >= '1900-01-01' && value <= today.toISOString().slice(0, 10);
}

export function IsBirthDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isBirthDate',
      target: target.constructor,
      propertyName,
      options,
      validator: { validate: (value: unknown) => isBirthDate(value) },
    });
}

/**
 * A phone number has digits: at least six, whatever is written around them
 * ("06-12345678", "+31 6 1234 5678"). "abc" is a typo, not a number to call.
 */
export function isPhone(value: unknown): boolean {
  return typeof value === 'string' && (value.match(/\d/g)?.length ?? 0) >= 6;
}

export function IsPhone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isPhone',
      target: target.constructor,
      propertyName,
      options,
      validator: { validate: (value: unknown) => isPhone(value) },
    });
}

/**
 * Spaces around a text are dropped. Only spaces: String.trim would also
 * drop tabs, line ends, line separators and the BOM, so a name ending in a
 * control character would be stored quietly cleaned instead of refused with
 * the text rule's field message (@SingleLine, @MultiLine).
 */
function trimSpaces(text: string): string {
  return text.replace(/^ +| +$/g, '');
}

/** Trims spaces; turns blank optional text into null so "   " is not stored. */
export function trimToNull({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = trimSpaces(value);
  return trimmed === '' ? null : trimmed;
}

export function trim({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? trimSpaces(value) : value;
}

/**
 * May be left out, but not sent as null: `@IsOptional` lets null through,
 * which a NOT NULL column then refuses with a 500.
 */
export const IsOmittable = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);

/** PostgreSQL's `integer`: a larger number must be refused, not stored. */
export const MAX_INTEGER = 2147483647;

/**
 * A query number as people write it: decimal digits only. `Number()` alone
 * would also read "0x10", "1e3" and " 5 ", which no form sends.
 */
export function decimalInteger({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^-?\d{1,15}$/.test(value)
    ? Number(value)
    : value;
}

/**
 * Single-line text: names, e-mail, tags, codes and every other short field.
 * Refuses control characters (CR, LF, TAB, BEL, ESC, ...), invisible format
 * characters (right-to-left override, zero-width space, ...) and line
 * separators; the rule itself lives in libs/domain (text-characters.ts).
 * Every string field of every request DTO carries this, @MultiLine or
 * @Secret: a test walks the OpenAPI document to make sure of it.
 */
export function SingleLine(options?: ValidationOptions) {
  return textRule('isSingleLine', isSingleLineText, options);
}

/** Multi-line text (notes, descriptions): newlines and tabs, no other control or bidi-override characters. */
export function MultiLine(options?: ValidationOptions) {
  return textRule('isMultiLine', isMultiLineText, options);
}

/**
 * A password or token: compared, never shown, so any character may be part
 * of it (NUL excepted, refused for every input). Marked explicitly so that
 * no text field is left without a rule by oversight.
 */
export function Secret(options?: ValidationOptions) {
  return textRule('isSecret', () => true, options);
}

function textRule(
  name: string,
  accepts: (text: string) => boolean,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      // Not a string: the field's type rule says so.
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || accepts(value),
      },
    });
}

/**
 * A calendar date, YYYY-MM-DD: a real day (no 30 February), from 1900 on.
 * `new Date()` rolls impossible dates over to the next month, and
 * PostgreSQL's date type takes year 0, so both are checked here.
 */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    return false;
  return isRealDay(value);
}

/**
 * An ISO 8601 date or date-time as the API takes them (YYYY-MM-DD, or with
 * THH:MM[:SS[.sss]] and Z or an offset), whose day exists, from 1900 on.
 */
export function isDateTime(value: unknown): boolean {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/.test(
      value,
    )
  )
    return false;
  return isRealDay(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().slice(0, 10) === day &&
    day >= EARLIEST_DATE
  );
}

/** No date this product stores lies before 1900 (birth dates included). */
export const EARLIEST_DATE = '1900-01-01';

export function IsCalendarDate(options?: ValidationOptions) {
  return dateRule('isCalendarDate', isCalendarDate, options);
}

export function IsDateTime(options?: ValidationOptions) {
  return dateRule('isDateTime', isDateTime, options);
}

function dateRule(
  name: string,
  accepts: (value: unknown) => boolean,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: { validate: accepts },
    });
}

/**
 * A Dutch postal code as people type it ("1234ab", "1234 AB"), written the
 * one way the post and the letterhead use: "1234 AB". Anything else is left
 * as typed, for the rule below to refuse.
 */
export function normalisePostalCode({ value }: { value: unknown }): unknown {
  const trimmed = trimToNull({ value });
  if (typeof trimmed !== 'string') return trimmed;
  const match = /^([1-9]\d{3}) ?([A-Za-z]{2})$/.exec(trimmed);
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : trimmed;
}

export const isPostalCode = (value: unknown): boolean =>
  typeof value === 'string' && /^[1-9]\d{3} [A-Z]{2}$/.test(value);

/**
 * A practice's phone number: digits, spaces, +, - and parentheses, and at
 * least ten digits (a Dutch number has ten; a foreign one more).
 */
export const isPracticePhone = (value: unknown): boolean =>
  typeof value === 'string' &&
  /^[\d\s+\-()]+$/.test(value) &&
  (value.match(/\d/g)?.length ?? 0) >= 10 &&
  (value.match(/\d/g)?.length ?? 0) <= 15;

/** A website typed without a scheme ("praktijk.nl") gets https:// in front. */
export function withHttps({ value }: { value: unknown }): unknown {
  const trimmed = trimToNull({ value });
  if (typeof trimmed !== 'string') return trimmed;
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** An https address of a named host (with a dot), no user name or password in it. */
export function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      url.hostname.includes('.') &&
      !url.hostname.startsWith('.') &&
      !url.hostname.endsWith('.') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

export const isEightDigits = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{8}$/.test(value);

/** Digits as typed with spaces or dots between them ("1234 5678"): the digits only. */
export function digitsOnly({ value }: { value: unknown }): unknown {
  const trimmed = trimToNull({ value });
  return typeof trimmed === 'string' && /^[\d .]+$/.test(trimmed)
    ? trimmed.replace(/[ .]/g, '')
    : trimmed;
}

function simpleRule(name: string, accepts: (value: unknown) => boolean) {
  return (options?: ValidationOptions) =>
    (target: object, propertyName: string) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName,
        options,
        validator: { validate: accepts },
      });
}

export const IsPostalCode = simpleRule('isPostalCode', isPostalCode);
export const IsPracticePhone = simpleRule('isPracticePhone', isPracticePhone);
export const IsHttpsUrl = simpleRule('isHttpsUrl', isHttpsUrl);
export const IsKvk = simpleRule('isKvk', isEightDigits);
export const IsAgb = simpleRule('isAgb', isEightDigits);
export const IsCheckInValue = simpleRule('isCheckInValue', isCheckInValue);
export const IsSleepHours = simpleRule('isSleepHours', isSleepHours);
