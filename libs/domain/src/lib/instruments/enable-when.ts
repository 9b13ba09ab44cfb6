import { type Answers, isSubstantiveAnswer } from './answers';
import type { EnableCondition, InstrumentItem } from './instrument-types';

function conditionHolds(condition: EnableCondition, answers: Answers): boolean {
  const value = answers[condition.itemId];
  // "Prefer not to say" tells us nothing, so no follow-up question depends on it.
  if (!isSubstantiveAnswer(value)) {
    return false;
  }
  switch (condition.operator) {
    case 'answered':
      return true;
    case 'equals':
      return value === condition.value;
    case 'in':
      return (
        (typeof value === 'string' || typeof value === 'number') &&
        condition.values.includes(value)
      );
  }
}

/**
 * Whether an item is shown and counted, given the answers so far: true when
 * it has no `enableWhen`, otherwise when every condition holds. A condition on
 * an unanswered or declined item is false.
 */
export function isItemEnabled(
  item: Pick<InstrumentItem, 'enableWhen'>,
  answers: Answers,
): boolean {
  return (item.enableWhen ?? []).every((condition) =>
    conditionHolds(condition, answers),
  );
}
