import { PREFER_NOT_TO_SAY, type Answers } from '../instruments/answers';
import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_INTAKE_V1,
} from '../instruments/herstelkompas/definitions';
import { ALGORITHM_VERSION } from '../scoring/algorithm-version';
import { preferredDomainsFrom, scoreAssessment } from './score-assessment';

const intake = HERSTELKOMPAS_INTAKE_V1;

/** Stress and sleep tie at 50 with equal item counts; everything else is low. */
const TIED: Answers = {
  STR1: 5,
  STR2: 5,
  STR3: 5,
  STR4: 5,
  STR5: 5,
  STR6: 5,
  ADM1: 1,
  ADM2: 1,
  ADM3: 1,
  ADM4: 1,
  ADM5: 1,
  BEW1: 5,
  BEW2: 6,
  BEW3: 2,
  BEW4: 1,
  BEW5: 1,
  BEW6: 9,
  VOE1: 9,
  VOE2: 5,
  VOE3: 1,
  VOE4: 0,
  VOE5: 1,
  VOE6: 1,
  SLA1: 5,
  SLA2: 5,
  SLA3: 5,
  SLA5: 5,
  SLA6: 5,
  IMM1: '0',
  IMM3: 1,
  IMM4: 1,
  IMM5: 1,
  IMM6: 1,
  PIJN1: 4,
  PIJN2: 5,
  PIJN3: 7,
};

describe('scoreAssessment', () => {
  it('returns domain scores, pain, red flags, ranking and the algorithm version', () => {
    const result = scoreAssessment(intake, TIED);
    expect(result.algorithmVersion).toBe(ALGORITHM_VERSION);
    expect(result.domainScores.stress.score).toBe(50);
    expect(result.domainScores.sleep.score).toBe(50);
    expect(result.pain.nprsAverage).toBe(5);
    expect(result.redFlags).toEqual([]);
    expect(result.ranking.focus).toEqual(['stress', 'sleep']);
    expect(result.ranking.pendingMedicalClearance).toBe(false);
  });

  it('reads the client’s preference from the preference item as a tie-breaker', () => {
    const result = scoreAssessment(intake, { ...TIED, VOORKEUR: ['sleep'] });
    expect(result.ranking.focus).toEqual(['sleep', 'stress']);
    expect(result.ranking.entries[0]?.reason.nl).toBe(
      'gelijk aan stress: beide 50 in hele punten; voorkeur van de cliënt',
    );
  });

  it('lets an explicit preference override the answered one', () => {
    const result = scoreAssessment(
      intake,
      { ...TIED, VOORKEUR: ['sleep'] },
      { preferredDomains: [] },
    );
    expect(result.ranking.focus).toEqual(['stress', 'sleep']);
  });

  it('passes focusCount and canonicalOrder on to the ranking', () => {
    const result = scoreAssessment(intake, TIED, {
      focusCount: 1,
      canonicalOrder: [
        'sleep',
        'stress',
        'breathing',
        'movement',
        'nutrition',
        'immune',
      ],
    });
    expect(result.ranking.focus).toEqual(['sleep']);
  });

  it('marks the ranking pending medical clearance when a red flag is found', () => {
    const result = scoreAssessment(intake, { ...TIED, 'RF-CANCER': true });
    expect(result.redFlags.map((f) => f.itemId)).toEqual(['RF-CANCER']);
    expect(result.ranking.pendingMedicalClearance).toBe(true);
  });

  it('does not hold the ranking for advice-only flags', () => {
    expect(
      scoreAssessment(intake, { ...TIED, 'SLA-F': true }).ranking
        .pendingMedicalClearance,
    ).toBe(false);
  });

  it('gives a result that survives a JSON round trip', () => {
    const result = scoreAssessment(intake, {
      ...TIED,
      'RF-FEVER': true,
      VOORKEUR: ['sleep'],
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('scores a follow-up the same way', () => {
    const result = scoreAssessment(HERSTELKOMPAS_FOLLOW_UP_V1, TIED);
    expect(result.domainScores.stress.score).toBe(50);
  });
});

describe('preferredDomainsFrom', () => {
  it.each([
    [{ VOORKEUR: ['immune', 'breathing'] }, ['immune', 'breathing']],
    [{ VOORKEUR: PREFER_NOT_TO_SAY }, []],
    [{ VOORKEUR: ['pain'] }, []],
    [{}, []],
  ])('reads %p as %p', (answers, expected) => {
    expect(preferredDomainsFrom(intake, answers as Answers)).toEqual(expected);
  });

  it('finds no preference in an instrument without a preference item', () => {
    expect(
      preferredDomainsFrom(HERSTELKOMPAS_FOLLOW_UP_V1, { VOORKEUR: ['sleep'] }),
    ).toEqual([]);
  });
});
