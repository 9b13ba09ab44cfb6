import type { FieldError } from '@herstelkompas/contracts';
import type {
  AnswerError,
  InstrumentDefinition,
  Localized,
} from '@herstelkompas/domain';
import type { TranslationKey } from '../core/i18n/translations';

/** A page-level text of ours (translated when shown) or one the API wrote. */
export type IntakeMessage = { key: TranslationKey } | { text: string };

export const RATE_LIMITED: IntakeMessage = { key: 'intake.rateLimited' };

/**
 * A message shown beside a question: the API's text (already in the
 * language asked for) or a libs/domain text in both languages.
 */
export type ItemMessage = string | Localized;

const ANSWER_FIELD = /^answers\.(.+)$/;

/**
 * Splits a 400's details into messages per question (`answers.<itemId>`)
 * and the rest, which belongs to no question on screen.
 */
export function itemErrorsFromDetails(details: readonly FieldError[]): {
  byItem: Record<string, ItemMessage>;
  other: string[];
} {
  const byItem: Record<string, ItemMessage> = {};
  const other: string[] = [];
  for (const detail of details) {
    const itemId = ANSWER_FIELD.exec(detail.field)?.[1];
    if (itemId === undefined) other.push(detail.message);
    else byItem[itemId] ??= detail.message;
  }
  return { byItem, other };
}

/** The same shape from libs/domain's own check, run before sending. */
export function itemErrorsFromValidation(
  errors: readonly AnswerError[],
): Record<string, ItemMessage> {
  const byItem: Record<string, ItemMessage> = {};
  for (const error of errors) byItem[error.itemId] ??= error.message;
  return byItem;
}

/** Index of the first step holding one of the items; -1 if none does. */
export function firstStepWithError(
  definition: InstrumentDefinition,
  itemIds: readonly string[],
): number {
  const wanted = new Set(itemIds);
  return definition.steps.findIndex((step) =>
    step.itemIds.some((id) => wanted.has(id)),
  );
}
