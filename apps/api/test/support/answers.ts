import type { Answers, InstrumentDefinition } from '@herstelkompas/domain';
import { answersAt } from '../../src/seed/demo-answers';

/** A complete, valid set of answers with no red flags; overrides applied. */
export function completeAnswers(
  definition: InstrumentDefinition,
  overrides: Record<string, unknown> = {},
): Answers {
  return answersAt(definition, {}, overrides as Record<string, never>);
}
