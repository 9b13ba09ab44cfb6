import {
  type AnswerValue,
  type Answers,
  type DomainId,
  type InstrumentDefinition,
  type InstrumentItem,
  isItemEnabled,
} from '@herstelkompas/domain';

/** Answers that put a quantitative item near disturbance `level` (0-10). */
const MAPPED: Record<string, (level: number) => AnswerValue> = {
  BEW1: (l) => Math.round(5 * (1 - l / 10)),
  BEW2: (l) => Math.round(6 + l * 0.6),
  BEW3: (l) => (l >= 7 ? 0 : l >= 4 ? 1 : 2),
  VOE2: (l) => Math.round(5 * (1 - l / 10)),
  VOE4: (l) => Math.round(l * 1.4),
  SLA4: (l) => Math.max(3, Math.round(7 - l / 2.5)),
  IMM1: (l) => (l >= 8 ? '3_or_more' : l >= 5 ? '2' : l >= 2 ? '1' : '0'),
  IMM2: (l) =>
    l >= 7 ? 'more_than_2_weeks' : l >= 3 ? '1_to_2_weeks' : 'less_than_1_week',
};

/**
 * Neutral answers that are not the first option: the people this product
 * serves have had back pain for years, and a short duration would (with the
 * date of birth) derive an onset red flag no one asked for.
 */
const NEUTRAL: Record<string, AnswerValue> = { HIST1: 'more_than_5_years' };

function neutral(item: InstrumentItem): AnswerValue | undefined {
  if (item.id in NEUTRAL) return NEUTRAL[item.id];
  const type = item.answer;
  switch (type.kind) {
    case 'scale':
      return Math.round((type.min + type.max) / 2);
    case 'number':
      return type.min;
    case 'single_choice':
      return type.options[0]?.id;
    case 'multi_choice':
      return type.options[0] ? [type.options[0].id] : undefined;
    case 'yes_no':
      return false;
    case 'free_text':
      return 'tekst';
  }
}

/**
 * A complete, valid set of answers: each domain's items near the given
 * disturbance level (0-10), everything else neutral and no red flags, then
 * `overrides`. Items are visited in form order so enableWhen sees what came before.
 */
export function answersAt(
  definition: InstrumentDefinition,
  levels: Partial<Record<DomainId, number>> = {},
  overrides: Record<string, AnswerValue | null> = {},
): Answers {
  const answers: Record<string, AnswerValue | null> = {};
  for (const item of definition.items) {
    if (!isItemEnabled(item, answers)) continue;
    const level = item.domain ? levels[item.domain] : undefined;
    let value: AnswerValue | null | undefined;
    if (item.id in overrides) value = overrides[item.id];
    else if (level !== undefined && MAPPED[item.id])
      value = MAPPED[item.id]?.(level);
    else if (level !== undefined && item.answer.kind === 'scale')
      value = item.keying?.kind === 'reversed' ? 10 - level : level;
    else value = neutral(item);
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}
