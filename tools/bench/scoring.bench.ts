/**
 * How long libs/domain takes to score one full intake (scores, pain, red
 * flags, ranking) and to validate it. Prints figures; asserts nothing.
 */
import {
  HERSTELKOMPAS_INTAKE_V1,
  scoreAssessment,
  validateAnswers,
} from '@herstelkompas/domain';
import { appendFileSync } from 'node:fs';
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

const scoring = measure(
  'scoreAssessment (scores, pain, flags, ranking)',
  20000,
  () => scoreAssessment(HERSTELKOMPAS_INTAKE_V1, answers),
);
printTable('libs/domain: one full intake', [
  scoring,
  measure('validateAnswers (submit)', 20000, () =>
    validateAnswers(HERSTELKOMPAS_INTAKE_V1, answers, { partial: false }),
  ),
]);
// For npm run bench's closing table.
if (process.env['BENCH_FIGURES']) {
  appendFileSync(
    process.env['BENCH_FIGURES'],
    JSON.stringify({
      figure: 'scoring one intake p50',
      value: Number(scoring.p50.toFixed(1)),
      unit: 'µs',
    }) + '\n',
  );
}
