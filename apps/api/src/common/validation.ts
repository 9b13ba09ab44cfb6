import { LESSON_IDS } from '@herstelkompas/domain';
import {
  type ArgumentMetadata,
  type ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { type RawFieldError, ValidationFailed } from './api-error';
import type { MessageCode } from './messages';

const CONSTRAINT_CODES: Record<string, MessageCode> = {
  isNotEmpty: 'required',
  isDefined: 'required',
  isEmail: 'invalid_email',
  minLength: 'too_short',
  maxLength: 'too_long',
  isIn: 'invalid_value',
  isEnum: 'invalid_value',
  whitelistValidation: 'unknown_field',
  isBirthDate: 'invalid_birth_date',
  isPhone: 'invalid_phone',
  isUuid: 'invalid_value',
  isInt: 'wrong_type',
  min: 'out_of_range',
  max: 'out_of_range',
  arrayMaxSize: 'too_many',
  isDateString: 'invalid_date',
  isISO8601: 'invalid_date',
  isSingleLine: 'single_line',
  isMultiLine: 'invalid_characters',
  isCalendarDate: 'invalid_date',
  isDateTime: 'invalid_date',
  isPostalCode: 'invalid_postal_code',
  isPracticePhone: 'invalid_practice_phone',
  isHttpsUrl: 'invalid_website',
  isKvk: 'invalid_kvk',
  isAgb: 'invalid_agb',
  isCheckInValue: 'check_in_scale',
  isSleepHours: 'sleep_hours',
};

/** Turns class-validator's tree into flat field errors with stable codes. */
export function toFieldErrors(
  errors: ValidationError[],
  prefix = '',
): RawFieldError[] {
  const out: RawFieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    // Report the most useful problem per field: missing beats malformed.
    const first =
      constraints.find((c) => c === 'isNotEmpty' || c === 'isDefined') ??
      constraints[0];
    if (first) {
      const code = CONSTRAINT_CODES[first] ?? 'wrong_type';
      out.push({ field, code, params: paramsFor(error, first) });
    }
    if (error.children?.length)
      out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

function paramsFor(
  error: ValidationError,
  constraint: string,
): Record<string, string | number> {
  const text = error.constraints?.[constraint] ?? '';
  const number = Number(/(\d+)/.exec(text)?.[1] ?? 0);
  if (constraint === 'minLength') return { min: number };
  if (constraint === 'maxLength') return { max: number };
  if (constraint === 'arrayMaxSize') return { max: number };
  return {};
}

/** One of our six lessons, or a lesson a practice wrote (a uuid). */
const isLessonId = (value: unknown): boolean =>
  (LESSON_IDS as readonly unknown[]).includes(value) ||
  (typeof value === 'string' && isUUID(value));

/** Links sent to clients carry 32 random bytes in base64url (see auth/tokens.ts). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Problems no DTO can see: route ids that are not ids, and NUL characters,
 * which PostgreSQL refuses in text and JSON (it would answer with a 500).
 */
export function inputProblems(
  value: unknown,
  metadata: Pick<ArgumentMetadata, 'type' | 'data'>,
): RawFieldError[] {
  if (metadata.type === 'param') {
    const field = metadata.data ?? 'id';
    if (field === 'id' && !(typeof value === 'string' && isUUID(value)))
      return [{ field, code: 'invalid_id' }];
    if (field === 'token' && !(typeof value === 'string' && TOKEN.test(value)))
      return [{ field, code: 'invalid_id' }];
    // Our six are a fixed set, like an enum, and a practice's own have uuids:
    // anything else is no id.
    if (field === 'lessonId' && !isLessonId(value))
      return [{ field, code: 'invalid_id' }];
  }
  return nulFields(value, metadata.data ?? '');
}

/** Keys that reach an object's prototype when copied: never a field of ours. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function nulFields(value: unknown, path: string, depth = 0): RawFieldError[] {
  if (typeof value === 'string')
    return value.includes('\u0000')
      ? [{ field: path || 'body', code: 'invalid_characters' }]
      : [];
  // Deeper than any DTO goes: the DTO refuses it, this walk need not follow.
  if (value === null || typeof value !== 'object' || depth > 32) return [];
  const out: RawFieldError[] = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    const field = path ? `${path}.${key}` : key;
    if (key.includes('\u0000'))
      out.push({ field: path || 'body', code: 'invalid_characters' });
    else if (PROTOTYPE_KEYS.has(key) && !Array.isArray(value))
      out.push({ field, code: 'unknown_field' });
    else
      out.push(
        ...nulFields((value as Record<string, unknown>)[key], field, depth + 1),
      );
  }
  return out;
}

const isDto = (metadata: ArgumentMetadata): boolean =>
  typeof metadata.metatype === 'function' &&
  ![String, Number, Boolean, Object, Array].includes(
    metadata.metatype as never,
  );

const isRecord = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The global pipe: unknown fields are refused, not silently dropped. */
class InputPipe extends ValidationPipe {
  override async transform(
    value: unknown,
    metadata: ArgumentMetadata,
  ): Promise<unknown> {
    if (metadata.type === 'custom') return value;
    // An image upload: only the logo route's content types are read as raw
    // bytes (create-app.ts), and its service checks what the bytes are.
    if (metadata.type === 'body' && Buffer.isBuffer(value)) return value;
    if (metadata.type === 'body' && isDto(metadata) && !isRecord(value))
      // Without this, a body of `null` or `[]` skips the DTO's rules entirely.
      throw new ValidationFailed([{ field: 'body', code: 'wrong_type' }]);
    const problems = inputProblems(value, metadata);
    if (problems.length) throw new ValidationFailed(problems);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailed(toFieldErrors(errors)),
  });
}
