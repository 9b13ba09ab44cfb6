/**
 * How long libs/domain takes to score one full intake (scores, pain, red
 * flags, ranking) and to validate it. Prints figures; asserts nothing.
 */
import {
  HERSTELKOMPAS_INTAKE_V1,
  scoreAssessment,
  validateAnswers,
} from '@herstelkompas/domain';
import { answersAt } from '../../apps/api/src/seed/demo-answers';
import { measure, printTable } from './measure';

const answers = answersAt(HERSTELKOMPAS_INTAKE_V1, {
  stress: 8,
  breathing: 5,
  movement: 6,
  nutrition: 3,
  sleep: 7,
  immune: 2,
});

printTable('libs/domain: one full intake', [
  measure('scoreAssessment (scores, pain, flags, ranking)', 20000, () =>
    scoreAssessment(HERSTELKOMPAS_INTAKE_V1, answers),
  ),
  measure('validateAnswers (submit)', 20000, () =>
    validateAnswers(HERSTELKOMPAS_INTAKE_V1, answers, { partial: false }),
  ),
]);
