import {
  registerDecorator,
  ValidateIf,
  ValidationOptions,
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

/** Trims strings; turns blank optional text into null so "   " is not stored. */
export function trimToNull({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function trim({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim() : value;
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
