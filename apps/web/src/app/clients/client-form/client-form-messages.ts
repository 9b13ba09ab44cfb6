import type { ValidationErrors } from '@angular/forms';
import type { ClientDetail } from '@herstelkompas/contracts';
import type { I18n } from '../../core/i18n/i18n';
import type { TranslationKey } from '../../core/i18n/translations';
import {
  type ClientField,
  type ClientFormValue,
  toFormValue,
} from './client-form-model';

const REQUIRED: Partial<Record<ClientField, TranslationKey>> = {
  firstName: 'clients.form.errors.firstNameRequired',
  lastName: 'clients.form.errors.lastNameRequired',
  dateOfBirth: 'clients.form.errors.dateRequired',
  email: 'clients.form.errors.emailRequired',
};

const RULES: Record<string, TranslationKey> = {
  email: 'clients.form.errors.emailFormat',
  dateFormat: 'clients.form.errors.dateFormat',
  dateNotReal: 'clients.form.errors.dateNotReal',
  phone: 'clients.form.errors.phoneFormat',
  dateFuture: 'clients.form.errors.dateFuture',
  dateTooEarly: 'clients.form.errors.dateTooEarly',
};

/** The field names as the form shows them, for the summary at the top. */
export const FIELD_LABELS: Record<ClientField, TranslationKey> = {
  firstName: 'clients.form.firstName',
  lastName: 'clients.form.lastName',
  dateOfBirth: 'clients.form.dateOfBirth',
  email: 'clients.form.email',
  phone: 'clients.form.phone',
  preferredLanguage: 'clients.form.preferredLanguage',
  painLocation: 'clients.form.painLocation',
  painDuration: 'clients.form.painDuration',
  referralSource: 'clients.form.referralSource',
  gpName: 'clients.form.gpName',
  gpPractice: 'clients.form.gpPractice',
  gpPhone: 'clients.form.gpPhone',
  gpEmail: 'clients.form.gpEmail',
  tags: 'clients.form.tags',
  responsiblePractitionerId: 'clients.form.responsible',
  legalBasis: 'clients.form.legalBasis',
};

/**
 * One message per field: the API's own message first (it already speaks the
 * user's language), then the rule that failed here.
 */
export function fieldMessage(
  errors: ValidationErrors | null,
  field: ClientField,
  i18n: I18n,
): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  const required = REQUIRED[field];
  if (errors['required'] && required) return i18n.t(required);
  for (const [rule, key] of Object.entries(RULES)) {
    if (errors[rule]) return i18n.t(key);
  }
  const maxlength = errors['maxlength'] as { requiredLength: number } | null;
  if (maxlength) {
    return i18n.t('errors.tooLong', { max: maxlength.requiredLength });
  }
  const tooMany = errors['tooManyTags'] as { max: number } | null;
  if (tooMany) return i18n.t('clients.form.errors.tooManyTags', tooMany);
  return i18n.t('errors.unexpected');
}

/** The stored value of a field, as text, when it differs from the form's. */
export function savedValueOf(
  value: ClientFormValue,
  latest: ClientDetail,
  field: ClientField,
  i18n: I18n,
): string | null {
  const saved = toFormValue(latest)[field];
  const typed = value[field];
  const same = Array.isArray(saved)
    ? JSON.stringify(saved) === JSON.stringify(typed)
    : String(saved).trim() === String(typed).trim();
  if (same) return null;
  const text = display(field, latest, i18n);
  return i18n.t('clients.form.conflict.savedValue', {
    value: text.trim() || i18n.t('clients.form.conflict.empty'),
  });
}

function display(field: ClientField, latest: ClientDetail, i18n: I18n) {
  switch (field) {
    case 'preferredLanguage':
      return i18n.t(`clients.form.languages.${latest.preferredLanguage}`);
    case 'legalBasis':
      return i18n.t(`clients.form.legalBases.${latest.legalBasis}`);
    case 'responsiblePractitionerId':
      return latest.responsiblePractitioner.displayName;
    case 'tags':
      return latest.tags.join(', ');
    default:
      return String(toFormValue(latest)[field]);
  }
}
