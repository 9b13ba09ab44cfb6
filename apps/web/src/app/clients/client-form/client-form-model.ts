import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
} from '@herstelkompas/contracts';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import type {
  ClientDetail,
  CreateClientRequest,
  FieldError,
  GeneralPractitioner,
  Language,
  LegalBasis,
  UpdateClientRequest,
} from '@herstelkompas/contracts';
import {
  birthDateValidator,
  formatDutchDate,
  parseDutchDate,
} from '../../core/forms/dutch-date';
import { emailValidator } from '../../core/forms/email-validator';
import { textRule } from '../../core/forms/text-rule';
import type { TranslationKey } from '../../core/i18n/translations';

/** The API's limits (CreateClientDto), mirrored so errors show while typing. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/** Mirrors the API: a phone number has at least six digits. */
const phoneNumber = textRule(
  'phone',
  (value) => (value.match(/\d/g)?.length ?? 0) >= 6,
);

function maxTags(control: AbstractControl): ValidationErrors | null {
  const tags = control.value as string[];
  return tags.length > MAX_TAGS ? { tooManyTags: { max: MAX_TAGS } } : null;
}

const text = (max: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: required
      ? [Validators.required, Validators.maxLength(max)]
      : [Validators.maxLength(max)],
  });

export function buildClientForm() {
  return new FormGroup({
    firstName: text(NAME_MAX_LENGTH, true),
    lastName: text(NAME_MAX_LENGTH, true),
    dateOfBirth: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, birthDateValidator()],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        emailValidator,
        Validators.maxLength(EMAIL_MAX_LENGTH),
      ],
    }),
    phone: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PHONE_MAX_LENGTH), phoneNumber],
    }),
    preferredLanguage: new FormControl<Language>('nl', { nonNullable: true }),
    painLocation: text(SHORT_TEXT_MAX_LENGTH),
    painDuration: text(SHORT_TEXT_MAX_LENGTH),
    referralSource: text(SHORT_TEXT_MAX_LENGTH),
    gpName: text(SHORT_TEXT_MAX_LENGTH),
    gpPractice: text(SHORT_TEXT_MAX_LENGTH),
    gpPhone: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(PHONE_MAX_LENGTH), phoneNumber],
    }),
    gpEmail: new FormControl('', {
      nonNullable: true,
      validators: [emailValidator, Validators.maxLength(EMAIL_MAX_LENGTH)],
    }),
    tags: new FormControl<string[]>([], {
      nonNullable: true,
      validators: [maxTags],
    }),
    responsiblePractitionerId: new FormControl('', { nonNullable: true }),
    legalBasis: new FormControl<LegalBasis>('explicit_consent', {
      nonNullable: true,
    }),
  });
}

export type ClientFormGroup = ReturnType<typeof buildClientForm>;
export type ClientFormValue = ReturnType<ClientFormGroup['getRawValue']>;
export type ClientField = keyof ClientFormValue;

/** The free-text fields about the complaint, in the order shown. */
export const COMPLAINT_FIELDS: readonly {
  name:
    | 'painLocation'
    | 'painDuration'
    | 'referralSource'
    | 'gpName'
    | 'gpPractice'
    | 'gpPhone'
    | 'gpEmail';
  label: TranslationKey;
  hint?: TranslationKey;
}[] = [
  {
    name: 'painLocation',
    label: 'clients.form.painLocation',
    hint: 'clients.form.painLocationHint',
  },
  {
    name: 'painDuration',
    label: 'clients.form.painDuration',
    hint: 'clients.form.painDurationHint',
  },
  { name: 'referralSource', label: 'clients.form.referralSource' },
  { name: 'gpName', label: 'clients.form.gpName' },
  { name: 'gpPractice', label: 'clients.form.gpPractice' },
  { name: 'gpPhone', label: 'clients.form.gpPhone' },
  { name: 'gpEmail', label: 'clients.form.gpEmail' },
];

/** The stored client as the form shows it (date in dd-mm-jjjj). */
export function toFormValue(client: ClientDetail): ClientFormValue {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    dateOfBirth: formatDutchDate(client.dateOfBirth),
    email: client.email,
    phone: client.phone ?? '',
    preferredLanguage: client.preferredLanguage,
    painLocation: client.painLocation ?? '',
    painDuration: client.painDuration ?? '',
    referralSource: client.referralSource ?? '',
    gpName: client.gp?.name ?? '',
    gpPractice: client.gp?.practice ?? '',
    gpPhone: client.gp?.phone ?? '',
    gpEmail: client.gp?.email ?? '',
    tags: [...client.tags],
    responsiblePractitionerId: client.responsiblePractitioner.id,
    legalBasis: client.legalBasis,
  };
}

/** The GP as one object, or null when none of it is filled in. */
function gpRequest(
  value: ClientFormValue,
  optional: (text: string) => string | null,
): GeneralPractitioner | null {
  const gp = {
    name: optional(value.gpName),
    practice: optional(value.gpPractice),
    phone: optional(value.gpPhone),
    email: optional(value.gpEmail),
  };
  return Object.values(gp).some((part) => part !== null) ? gp : null;
}

/** The API's names for the GP's parts, as the form's controls. */
const GP_FIELDS: Record<string, ClientField> = {
  'gp.name': 'gpName',
  'gp.practice': 'gpPractice',
  'gp.phone': 'gpPhone',
  'gp.email': 'gpEmail',
  gp: 'gpName',
};

/** The form as the API wants it: trimmed, ISO date, blanks as null. */
function toRequest(value: ClientFormValue): Required<CreateClientRequest> {
  const optional = (text: string) => text.trim() || null;
  return {
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    dateOfBirth: parseDutchDate(value.dateOfBirth) ?? value.dateOfBirth,
    email: value.email.trim(),
    phone: optional(value.phone),
    preferredLanguage: value.preferredLanguage,
    painLocation: optional(value.painLocation),
    painDuration: optional(value.painDuration),
    referralSource: optional(value.referralSource),
    gp: gpRequest(value, optional),
    tags: value.tags,
    responsiblePractitionerId: value.responsiblePractitionerId,
    legalBasis: value.legalBasis,
  };
}

/** A new client; only the owner chooses someone else as responsible. */
export function toCreateRequest(
  value: ClientFormValue,
  chooseResponsible: boolean,
): CreateClientRequest {
  const { responsiblePractitionerId, ...request } = toRequest(value);
  return chooseResponsible && responsiblePractitionerId
    ? { ...request, responsiblePractitionerId }
    : request;
}

/**
 * Only what differs from `base`, so the access log records which fields
 * really changed; null when nothing did.
 */
export function toUpdateRequest(
  value: ClientFormValue,
  base: ClientDetail,
): UpdateClientRequest | null {
  const next = toRequest(value);
  const before = toRequest(toFormValue(base));
  const changes: Partial<CreateClientRequest> = {};
  for (const key of Object.keys(next) as (keyof CreateClientRequest)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      Object.assign(changes, { [key]: next[key] });
    }
  }
  return Object.keys(changes).length
    ? { ...changes, version: base.version }
    : null;
}

/**
 * Puts the API's field messages on the matching controls; answers the ones
 * that have no field in this form.
 */
export function applyServerErrors(
  form: ClientFormGroup,
  details: readonly FieldError[],
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const detail of details) {
    const field =
      GP_FIELDS[detail.field] ?? (detail.field.split('.')[0] as ClientField);
    const control = form.controls[field] as AbstractControl | undefined;
    if (control) {
      control.setErrors({ server: detail.message });
      control.markAsTouched();
    } else {
      unmatched.push(detail);
    }
  }
  return unmatched;
}
