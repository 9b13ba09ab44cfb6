import {
  type AnswerValue,
  type Answers,
  type InstrumentDefinition,
  type InstrumentItem,
  type InstrumentStep,
  hasAnswer,
  isItemEnabled,
} from '@herstelkompas/domain';

/**
 * Sets (or, with null, removes) one answer and then clears every answer whose
 * `enableWhen` no longer holds: the API refuses answers to hidden questions
 * (`disabled_item`). Repeats until stable, as one cleared answer can switch
 * off the next (an activity's name, then its effort).
 */
export function applyAnswer(
  definition: InstrumentDefinition,
  answers: Answers,
  itemId: string,
  value: AnswerValue | null,
): { answers: Answers; cleared: string[] } {
  const next: Record<string, Answers[string]> = { ...answers };
  if (value === null || !hasAnswer(value)) delete next[itemId];
  else next[itemId] = value;
  return clearDisabledAnswers(definition, next);
}

export function clearDisabledAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
): { answers: Answers; cleared: string[] } {
  const next: Record<string, Answers[string]> = { ...answers };
  const cleared: string[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const item of definition.items) {
      if (hasAnswer(next[item.id]) && !isItemEnabled(item, next)) {
        delete next[item.id];
        cleared.push(item.id);
        changed = true;
      }
    }
  }
  return { answers: next, cleared };
}

/** Only answers to questions of this instrument (an old local copy may hold others). */
export function knownAnswers(
  definition: InstrumentDefinition,
  answers: Answers,
): Answers {
  const known = new Set(definition.items.map((item) => item.id));
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => known.has(id)),
  );
}

/** The step's items that are shown with the current answers, in order. */
export function visibleItems(
  definition: InstrumentDefinition,
  step: InstrumentStep,
  answers: Answers,
): InstrumentItem[] {
  const byId = new Map(definition.items.map((item) => [item.id, item]));
  return step.itemIds
    .map((id) => byId.get(id))
    .filter((item): item is InstrumentItem => item !== undefined)
    .filter((item) => isItemEnabled(item, answers));
}

/** How far a step is filled in; "prefer not to say" counts as answered. */
export interface StepProgress {
  answered: number;
  total: number;
  /** Shown, required and still empty: the server will ask for these. */
  missingRequired: number;
}

export function stepProgress(
  definition: InstrumentDefinition,
  step: InstrumentStep,
  answers: Answers,
): StepProgress {
  const items = visibleItems(definition, step, answers);
  const answered = items.filter((item) => hasAnswer(answers[item.id]));
  const missing = items.filter(
    (item) => item.required && !hasAnswer(answers[item.id]),
  );
  return {
    answered: answered.length,
    total: items.length,
    missingRequired: missing.length,
  };
}
