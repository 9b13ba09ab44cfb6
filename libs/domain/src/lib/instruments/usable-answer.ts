import { type AnswerValue, type Answers, isSubstantiveAnswer } from './answers';
import { isItemEnabled } from './enable-when';
import type { InstrumentItem } from './instrument-types';
import { checkAnswerValue } from '../validation/check-answer';

/**
 * The answer of an item when it can be used: the item is enabled and the
 * answer is present, valid and not "prefer not to say". Otherwise
 * `undefined`, so outcome measures and red flags never read stale, declined
 * or malformed answers.
 */
export function usableAnswer(
  item: InstrumentItem,
  answers: Answers,
): AnswerValue | undefined {
  const value = answers[item.id];
  return isSubstantiveAnswer(value) &&
    isItemEnabled(item, answers) &&
    checkAnswerValue(item, value) === null
    ? value
    : undefined;
}
