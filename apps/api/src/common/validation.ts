import { ValidationError, ValidationPipe } from '@nestjs/common';
import { RawFieldError, ValidationFailed } from './api-error';
import { MessageCode } from './messages';

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
  isUuid: 'invalid_value',
  isInt: 'wrong_type',
  min: 'out_of_range',
  max: 'out_of_range',
  arrayMaxSize: 'too_many',
  isDateString: 'invalid_date',
  isISO8601: 'invalid_date',
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

/** The global pipe: unknown fields are refused, not silently dropped. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailed(toFieldErrors(errors)),
  });
}
