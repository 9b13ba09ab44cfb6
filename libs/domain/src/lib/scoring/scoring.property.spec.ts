import fc from 'fast-check';
import { DOMAIN_IDS } from '../domains/domain-ids';
import {
  type AnswerValue,
  type Answers,
  PREFER_NOT_TO_SAY,
} from '../instruments/answers';
import { HERSTELKOMPAS_INTAKE_V1 } from '../instruments/herstelkompas/definitions';
import type { InstrumentItem, Keying } from '../instruments/instrument-types';
import { scoreDomains } from './domain-scores';
import { evaluateItem } from './item-values';

const intake = HERSTELKOMPAS_INTAKE_V1;
const scored = intake.items.filter((i) => i.domain && i.keying);

/** Any valid answer to an item. */
function validAnswer(item: InstrumentItem): fc.Arbitrary<AnswerValue> {
  const { answer } = item;
  switch (answer.kind) {
    case 'scale':
      return fc.integer({ min: answer.min, max: answer.max });
    case 'number':
      return answer.integer
        ? fc.integer({ min: answer.min, max: answer.max })
        : fc
            .integer({ min: answer.min * 4, max: answer.max * 4 })
            .map((q) => q / 4);
    case 'single_choice':
      return fc.constantFrom(...answer.options.map((o) => o.id));
    default:
      throw new Error(`not a scored kind: ${answer.kind}`);
  }
}

/** Any answer a draft can hold: valid, missing or declined. */
const anyAnswer = (item: InstrumentItem) =>
  fc.oneof(
    validAnswer(item),
    fc.constant(null),
    fc.constant(PREFER_NOT_TO_SAY),
  );

const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(scored.map((item) => [item.id, anyAnswer(item)])),
);

const sValue = (item: InstrumentItem, value: AnswerValue, answers: Answers) =>
  evaluateItem(item, item.keying as Keying, { ...answers, [item.id]: value })
    .value;

describe('domain score properties', () => {
  it('keeps every score within 0-100 (or null)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const scores = scoreDomains(intake, answers);
        for (const domain of DOMAIN_IDS) {
          const { score } = scores[domain];
          expect(score === null || (score >= 0 && score <= 100)).toBe(true);
        }
      }),
    );
  });

  // IMM1 is left out: a higher IMM1 enables IMM2, and a good IMM2 answer can
  // then lower the mean. That follows from the counting rules (domain.md
  // 4.3); the property holds for every item no other item depends on.
  const independent = scored.filter(
    (item) =>
      !intake.items.some((other) =>
        other.enableWhen?.some((c) => c.itemId === item.id),
      ),
  );

  it('never lowers a domain score when one answer becomes worse', () => {
    const arb = fc
      .constantFrom(...independent)
      .chain((item) =>
        fc.tuple(
          fc.constant(item),
          answersArb,
          validAnswer(item),
          validAnswer(item),
        ),
      );
    fc.assert(
      fc.property(arb, ([item, answers, a, b]) => {
        const sa = sValue(item, a, answers);
        const sb = sValue(item, b, answers);
        // "n.v.t." and disabled items are not on the disturbance scale.
        fc.pre(sa !== null && sb !== null);
        const [better, worse] = (sa ?? 0) <= (sb ?? 0) ? [a, b] : [b, a];
        const domain = item.domain as (typeof DOMAIN_IDS)[number];
        const low = scoreDomains(intake, { ...answers, [item.id]: better })[
          domain
        ];
        const high = scoreDomains(intake, { ...answers, [item.id]: worse })[
          domain
        ];
        expect(high.answered).toBe(low.answered);
        if (low.score !== null && high.score !== null) {
          expect(high.score).toBeGreaterThanOrEqual(low.score);
        }
        expect(high.score === null).toBe(low.score === null);
      }),
    );
  });

  it('never lowers the immune score when IMM1 rises while IMM2 is unanswered', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom('1', '2', '3_or_more'),
        (answers, more) => {
          const base = { ...answers, IMM2: null };
          const low = scoreDomains(intake, { ...base, IMM1: '0' }).immune;
          const high = scoreDomains(intake, { ...base, IMM1: more }).immune;
          if (low.score !== null && high.score !== null) {
            expect(high.score).toBeGreaterThanOrEqual(low.score);
          }
        },
      ),
    );
  });
});
