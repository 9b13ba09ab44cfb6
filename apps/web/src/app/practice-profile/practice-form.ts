import {
  CITY_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PRACTICE_NAME_MAX_LENGTH,
  REMARK_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '@herstelkompas/contracts';
import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import type {
  PracticeProfile,
  PracticeProfileRequest,
} from '@herstelkompas/contracts';
import { emailValidator } from '../core/forms/email-validator';
import { textRule } from '../core/forms/text-rule';

// The same rules as the API (common/validators.ts), so a mistake shows
// while typing; the API's field messages still win when they differ.
const POSTAL_CODE = /^[1-9]\d{3} ?[A-Za-z]{2}$/;
const PHONE = /^[\d\s+\-()]+$/;
const EIGHT_DIGITS = /^\d{8}$/;

export const postalCodeValidator = textRule('postalCode', (v) =>
  POSTAL_CODE.test(v),
);
export const phoneValidator = textRule('phone', (v) => {
  const digits = v.replace(/\D/g, '').length;
  return PHONE.test(v) && digits >= 10 && digits <= 15;
});
export const websiteValidator = textRule('website', (v) => {
  const url = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.includes('.');
  } catch {
    return false;
  }
});
export const kvkValidator = textRule('kvk', (v) =>
  EIGHT_DIGITS.test(v.replace(/[ .]/g, '')),
);
export const agbValidator = textRule('agb', (v) =>
  EIGHT_DIGITS.test(v.replace(/[ .]/g, '')),
);

const optional = (...validators: ((c: AbstractControl) => unknown)[]) =>
  new FormControl('', {
    nonNullable: true,
    validators: validators as never,
  });

export function practiceForm() {
  return new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.maxLength(PRACTICE_NAME_MAX_LENGTH),
      ],
    }),
    address: new FormGroup({
      street: optional(Validators.maxLength(SHORT_TEXT_MAX_LENGTH)),
      postalCode: optional(postalCodeValidator),
      city: optional(Validators.maxLength(CITY_MAX_LENGTH)),
    }),
    phone: optional(phoneValidator),
    email: optional(emailValidator, Validators.maxLength(EMAIL_MAX_LENGTH)),
    website: optional(websiteValidator, Validators.maxLength(URL_MAX_LENGTH)),
    kvk: optional(kvkValidator),
    agb: optional(agbValidator),
    reportClosing: optional(Validators.maxLength(REMARK_MAX_LENGTH)),
    privacyStatementUrl: optional(
      websiteValidator,
      Validators.maxLength(URL_MAX_LENGTH),
    ),
  });
}

export type PracticeForm = ReturnType<typeof practiceForm>;

/** Form fields with a message of their own, by the API's field names. */
export const FIELDS = [
  'name',
  'address.street',
  'address.postalCode',
  'address.city',
  'phone',
  'email',
  'website',
  'kvk',
  'agb',
  'reportClosing',
  'privacyStatementUrl',
] as const;
export type Field = (typeof FIELDS)[number];

export function fillForm(form: PracticeForm, profile: PracticeProfile): void {
  form.reset({
    name: profile.name,
    address: {
      street: profile.address.street ?? '',
      postalCode: profile.address.postalCode ?? '',
      city: profile.address.city ?? '',
    },
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    website: profile.website ?? '',
    kvk: profile.kvk ?? '',
    agb: profile.agb ?? '',
    reportClosing: profile.reportClosing ?? '',
    privacyStatementUrl: profile.privacyStatementUrl ?? '',
  });
}

/** Empty fields go as null; the API trims and normalises the rest. */
export function toRequest(form: PracticeForm): PracticeProfileRequest {
  const v = form.getRawValue();
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    name: v.name.trim(),
    address: {
      street: orNull(v.address.street),
      postalCode: orNull(v.address.postalCode),
      city: orNull(v.address.city),
    },
    phone: orNull(v.phone),
    email: orNull(v.email),
    website: orNull(v.website),
    kvk: orNull(v.kvk),
    agb: orNull(v.agb),
    reportClosing: orNull(v.reportClosing),
    privacyStatementUrl: orNull(v.privacyStatementUrl),
  };
}

/**
 * The translation key (and its parameters) of a control's first problem;
 * a message the API sent for the field is shown as it came.
 */
export function problemOf(
  errors: ValidationErrors | null,
):
  { server: string } | { key: string; params?: Record<string, number> } | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return { server: errors['server'] };
  if (errors['required']) return { key: 'practice.errors.required' };
  if (errors['maxlength'])
    return {
      key: 'errors.tooLong',
      params: { max: errors['maxlength'].requiredLength },
    };
  for (const key of ['postalCode', 'phone', 'email', 'website', 'kvk', 'agb'])
    if (errors[key]) return { key: `practice.errors.${key}` };
  return { key: 'errors.unexpected' };
}
