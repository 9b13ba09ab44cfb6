import type {
  CreateGoalRequest,
  GoalStatus,
  GoalTarget,
} from '@herstelkompas/contracts';
import { type DomainId, isDomainId } from '@herstelkompas/domain';
import { parseDutchDate } from '../core/forms/dutch-date';
import type { TranslationKey } from '../core/i18n/translations';

export type TargetKind = 'none' | 'score_below' | 'text';

/** The dialog's fields as typed. */
export interface GoalFormValue {
  domain: DomainId | '';
  description: string;
  targetKind: TargetKind;
  value: string;
  targetText: string;
  dueDate: string;
  status: GoalStatus;
}

export type GoalField =
  'domain' | 'description' | 'value' | 'targetText' | 'dueDate';

/** The API's limits, so the dialog says so before the server does. */
export const DESCRIPTION_MAX = 500;
export const TARGET_TEXT_MAX = 200;

export type GoalCheck =
  | { ok: true; request: CreateGoalRequest }
  | { ok: false; errors: Partial<Record<GoalField, TranslationKey>> };

/** Checks the dialog's fields and builds the request the API expects. */
export function toGoalRequest(form: GoalFormValue): GoalCheck {
  const errors: Partial<Record<GoalField, TranslationKey>> = {};
  const description = form.description.trim();
  if (!isDomainId(form.domain)) {
    errors.domain = 'clientGoals.dialog.errors.domainRequired';
  }
  if (!description) {
    errors.description = 'clientGoals.dialog.errors.descriptionRequired';
  } else if (description.length > DESCRIPTION_MAX) {
    errors.description = 'clientGoals.dialog.errors.tooLong';
  }
  const target = readTarget(form, errors);
  const dueText = form.dueDate.trim();
  const dueDate = dueText ? parseDutchDate(dueText) : null;
  if (dueText && !dueDate)
    errors.dueDate = 'clientGoals.dialog.errors.dateFormat';
  if (Object.keys(errors).length || !isDomainId(form.domain)) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: {
      domain: form.domain,
      description,
      target,
      dueDate,
      status: form.status,
    },
  };
}

function readTarget(
  form: GoalFormValue,
  errors: Partial<Record<GoalField, TranslationKey>>,
): GoalTarget {
  if (form.targetKind === 'score_below') {
    const text = form.value.trim().replace(',', '.');
    const value = Number(text);
    if (!text || !Number.isFinite(value) || value < 0 || value > 100) {
      errors.value = 'clientGoals.dialog.errors.valueRange';
      return null;
    }
    return { kind: 'score_below', value };
  }
  if (form.targetKind === 'text') {
    const text = form.targetText.trim();
    if (!text) errors.targetText = 'clientGoals.dialog.errors.textRequired';
    else if (text.length > TARGET_TEXT_MAX)
      errors.targetText = 'clientGoals.dialog.errors.tooLong';
    return text ? { kind: 'text', text } : null;
  }
  return null;
}
