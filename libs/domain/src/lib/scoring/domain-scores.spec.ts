import { DOMAIN_IDS } from '../domains/domain-ids';
import { type Answers, PREFER_NOT_TO_SAY } from '../instruments/answers';
import { HERSTELKOMPAS_INTAKE_V1 } from '../instruments/herstelkompas/definitions';
import type { InstrumentDefinition } from '../instruments/instrument-types';
import { ALGORITHM_VERSION } from './algorithm-version';
import { scoreDomains } from './domain-scores';
import { minimumAnsweredFor } from './item-group-score';

const intake = HERSTELKOMPAS_INTAKE_V1;
const score = (answers: Answers) => scoreDomains(intake, answers);

describe('scoreDomains', () => {
  it('returns all six domains in canonical order, each with the algorithm version', () => {
    const scores = score({});
    expect(Object.keys(scores)).toEqual([...DOMAIN_IDS]);
    for (const domain of DOMAIN_IDS) {
      expect(scores[domain]).toMatchObject({
        domain,
        score: null,
        reason: 'insufficient_answers',
        band: null,
        algorithmVersion: ALGORITHM_VERSION,
      });
    }
  });

  it('computes 10 x the mean item value, with high items, top item and band', () => {
    expect(score({ STR1: 8, STR2: 7, STR3: 5, STR4: 2 }).stress).toMatchObject({
      score: 55,
      reason: null,
      answered: 4,
      total: 6,
      minimumAnswered: 4,
      highItems: 2,
      maxItem: 8,
      band: 'moderate',
    });
  });

  it('rounds the score to one decimal, half away from zero', () => {
    expect(score({ ADM1: 7, ADM2: 7, ADM3: 6 }).breathing.score).toBe(66.7);
    // 10 x (3.3 + 0 + 1 + 2 + 0) / 5 = 12.6
    expect(
      score({ IMM1: '1', IMM2: 'less_than_1_week', IMM3: 1, IMM4: 2, IMM5: 0 })
        .immune.score,
    ).toBe(12.6);
  });

  it.each([
    [
      'stress (6 items): 4 answered is exactly 60 %',
      'stress',
      { STR1: 5, STR2: 5, STR3: 5, STR4: 5 },
      50,
    ],
    [
      'stress (6 items): 3 answered is just below',
      'stress',
      { STR1: 5, STR2: 5, STR3: 5 },
      null,
    ],
    [
      'breathing (5 items): 3 answered is exactly 60 %',
      'breathing',
      { ADM1: 2, ADM2: 2, ADM3: 2 },
      20,
    ],
    [
      'breathing (5 items): 2 answered is just below',
      'breathing',
      { ADM1: 2, ADM2: 2 },
      null,
    ],
  ] as const)('applies the 60 %% rule: %s', (_, domain, answers, expected) => {
    expect(score(answers)[domain].score).toBe(expected);
  });

  it.each([
    [0, 0],
    [1, 1],
    [4, 3],
    [5, 3],
    [6, 4],
    [10, 6],
  ])('needs ceil(60 %% of %p) = %p answers', (total, minimum) => {
    expect(minimumAnsweredFor(total)).toBe(minimum);
  });

  it('keeps declined and unanswered items in the count', () => {
    const declined = { STR5: PREFER_NOT_TO_SAY, STR6: PREFER_NOT_TO_SAY };
    expect(
      score({ STR1: 4, STR2: 4, STR3: 4, STR4: 4, ...declined }).stress,
    ).toMatchObject({
      score: 40,
      answered: 4,
      total: 6,
    });
    expect(
      score({ STR1: 4, STR2: 4, STR3: 4, STR4: PREFER_NOT_TO_SAY, ...declined })
        .stress,
    ).toMatchObject({ score: null, answered: 3, total: 6 });
  });

  it('leaves IMM2 out of the count when IMM1 is 0', () => {
    const immune = score({ IMM1: '0', IMM3: 2, IMM4: 2 }).immune;
    expect(immune).toMatchObject({
      total: 5,
      answered: 3,
      minimumAnswered: 3,
      score: 13.3,
    });
    expect(immune.items.find((i) => i.itemId === 'IMM2')?.status).toBe(
      'disabled',
    );
  });

  it('leaves IMM2 out of the count when answered "n.v.t."', () => {
    const immune = score({
      IMM1: '1',
      IMM2: 'not_applicable',
      IMM3: 2,
      IMM4: 2,
    }).immune;
    expect(immune).toMatchObject({ total: 5, answered: 3 });
  });

  it('counts IMM2 when enabled but unanswered', () => {
    expect(score({ IMM1: '2', IMM3: 2, IMM4: 2 }).immune).toMatchObject({
      total: 6,
      answered: 3,
      score: null,
    });
  });

  it('never scores the flag items', () => {
    const sleep = { SLA1: 3, SLA2: 3, SLA3: 7, SLA4: 8 };
    expect(score({ ...sleep, 'SLA-F': true }).sleep).toEqual(
      score(sleep).sleep,
    );
    expect(score(sleep).sleep.items.map((i) => i.itemId)).not.toContain(
      'SLA-F',
    );
  });

  it('ignores invalid answers, which count as unanswered', () => {
    expect(
      score({ STR1: 99, STR2: 5, STR3: 5, STR4: 5, STR5: 5 }).stress,
    ).toMatchObject({
      answered: 4,
      total: 6,
      score: 50,
    });
  });

  it('weights items when a definition gives weights', () => {
    const weighted: InstrumentDefinition = {
      ...intake,
      items: intake.items.map((item) =>
        item.id === 'ADM1' ? { ...item, weight: 3 } : item,
      ),
    };
    // (3 x 10 + 0 + 0) / 5 = 6 -> 60
    expect(
      scoreDomains(weighted, { ADM1: 10, ADM2: 0, ADM3: 0 }).breathing.score,
    ).toBe(60);
  });

  it('reports a domain the instrument does not ask about as insufficient', () => {
    const stressOnly: InstrumentDefinition = {
      ...intake,
      items: intake.items.filter((item) => item.domain === 'stress'),
    };
    expect(scoreDomains(stressOnly, {}).sleep).toMatchObject({
      score: null,
      reason: 'insufficient_answers',
      answered: 0,
      total: 0,
      maxItem: null,
      items: [],
    });
  });
});
