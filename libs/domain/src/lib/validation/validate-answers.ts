import type { Localized } from '../i18n/localized';
import { type Answers, hasAnswer } from '../instruments/answers';
import { isItemEnabled } from '../instruments/enable-when';
import type {
  InstrumentDefinition,
  InstrumentItem,
} from '../instruments/instrument-types';
import { answerErrorMessage } from './answer-messages';
import { type AnswerErrorCode, checkAnswerValue } from './check-answer';

/** One refused answer, ready to show beside its question. */
export interface AnswerError {
  readonly itemId: string;
  readonly code: AnswerErrorCode;
  readonly message: Localized;
}

/** Result of {@link validateAnswers}. */
export interface AnswerValidation {
  readonly valid: boolean;
  /** At most one error per item: items in form order, then unknown ids. */
  readonly errors: readonly AnswerError[];
}

/** Options of {@link validateAnswers}. */
export interface ValidateAnswersOptions {
  /**
   * `true` for a draft: missing answers are fine. `false` (the default) for a
   * submission: every enabled required item must be answered.
   */
  readonly partial?: boolean;
}

function itemError(
  item: InstrumentItem,
  answers: Answers,
  partial: boolean,
): AnswerErrorCode | null {
  const value = answers[item.id];
  const enabled = isItemEnabled(item, answers);
  if (!hasAnswer(value)) {
    return enabled && item.required && !partial ? 'required' : null;
  }
  // The form hides disabled items, so an answer here is stale or forged.
  if (!enabled) {
    return 'disabled_item';
  }
  return checkAnswerValue(item, value);
}

/**
 * Checks answers against an instrument: unknown item ids, wrong types,
 * out-of-range values, non-integers, too-long text, too many choices, "prefer
 * not to say" where not allowed, answers to disabled items and, unless
 * `partial`, missing required answers. Every error has a friendly nl/en
 * message for the client.
 */
export function validateAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
  options: ValidateAnswersOptions = {},
): AnswerValidation {
  const partial = options.partial ?? false;
  const known = new Set(definition.items.map((item) => item.id));
  const errors: AnswerError[] = [];
  for (const item of definition.items) {
    const code = itemError(item, answers, partial);
    if (code !== null) {
      errors.push({
        itemId: item.id,
        code,
        message: answerErrorMessage(code, item),
      });
    }
  }
  const unknown = Object.keys(answers)
    .filter((id) => !known.has(id))
    .sort();
  for (const itemId of unknown) {
    errors.push({
      itemId,
      code: 'unknown_item',
      message: answerErrorMessage('unknown_item', undefined),
    });
  }
  return { valid: errors.length === 0, errors };
}
