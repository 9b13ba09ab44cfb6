import type { IntakeVariant } from '@herstelkompas/contracts';
import {
  type AnswerError,
  type Answers,
  getInstrument,
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V2,
  type InstrumentDefinition,
  validateAnswers,
} from '@herstelkompas/domain';
import { ApiError, ValidationFailed } from '../common/api-error';

/**
 * Which instrument a new intake of each variant uses: always the current
 * version. Invitations and assessments store the version they were made
 * with, so an open v1 link and every v1 assessment keep v1 (see
 * {@link storedInstrument}).
 */
export function instrumentFor(variant: IntakeVariant): InstrumentDefinition {
  return variant === 'baseline'
    ? HERSTELKOMPAS_INTAKE_V2
    : HERSTELKOMPAS_FOLLOW_UP_V2;
}

/** The exact definition an invitation or assessment was made with. */
export function storedInstrument(
  id: string,
  version: number,
): InstrumentDefinition {
  const definition = getInstrument(id, version);
  if (!definition) throw new ApiError(500, 'internal');
  return definition;
}

/** Largest draft accepted, as JSON: generous for free-text answers, small enough to never matter. */
export const MAX_ANSWERS_BYTES = 64 * 1024;

/** Validates answers with libs/domain; rejects with per-item field errors `answers.<itemId>`. */
export function assertValidAnswers(
  definition: InstrumentDefinition,
  answers: unknown,
  partial: boolean,
): Answers {
  if (
    answers === null ||
    typeof answers !== 'object' ||
    Array.isArray(answers)
  ) {
    throw new ValidationFailed([{ field: 'answers', code: 'wrong_type' }]);
  }
  if (Buffer.byteLength(JSON.stringify(answers)) > MAX_ANSWERS_BYTES) {
    throw new ValidationFailed([
      {
        field: 'answers',
        code: 'too_long',
        params: { max: MAX_ANSWERS_BYTES },
      },
    ]);
  }
  const result = validateAnswers(definition, answers as Answers, { partial });
  if (!result.valid) {
    throw new ValidationFailed(
      result.errors.map((e: AnswerError) => ({
        field: `answers.${e.itemId}`,
        code: e.code,
        text: e.message,
      })),
    );
  }
  return answers as Answers;
}
