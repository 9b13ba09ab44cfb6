import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { AssessmentSnapshot, PainSnapshot } from './change-types';
import { changeBetween, compareAssessments } from './compare-assessments';

const NO_PAIN: PainSnapshot = {
  nprsNow: null,
  nprsAverage: null,
  nprsWorst: null,
  interference: null,
  activityEffortMean: null,
  beliefs: { score: null },
};

function snapshot(
  id: string,
  date: string,
  scores: Partial<Record<DomainId, number | null>>,
  pain: Partial<PainSnapshot> | null = {},
): AssessmentSnapshot {
  return {
    id,
    date,
    domainScores: Object.fromEntries(
      DOMAIN_IDS.map((d) => [d, { score: scores[d] ?? null }]),
    ) as AssessmentSnapshot['domainScores'],
    pain: pain === null ? null : { ...NO_PAIN, ...pain },
  };
}

describe('changeBetween (domains: lower is better)', () => {
  it.each([
    [50, 40, -10, 'improved', true],
    [50, 40.1, -9.9, 'improved', false],
    [40, 50, 10, 'worsened', true],
    [40.1, 50, 9.9, 'worsened', false],
    [62.3, 52.3, -10, 'improved', true],
    [50, 50, 0, 'unchanged', false],
  ] as const)(
    'from %p to %p: delta %p, %s, notable %p',
    (before, after, delta, direction, notable) => {
      expect(changeBetween(before, after)).toEqual({
        before,
        after,
        delta,
        direction,
        notable,
      });
    },
  );

  it.each([
    [null, 40],
    [40, null],
    [null, null],
  ])('cannot compare %p with %p', (before, after) => {
    expect(changeBetween(before, after)).toEqual({
      before,
      after,
      delta: null,
      direction: 'unknown',
      notable: false,
    });
  });
});

describe('compareAssessments', () => {
  const earlier = snapshot(
    'a',
    '2026-01-10',
    { stress: 60, sleep: 64.2, immune: null },
    {
      nprsNow: 6,
      nprsAverage: 7,
      nprsWorst: 9,
      interference: 6,
      activityEffortMean: 7.3,
      beliefs: { score: 70 },
    },
  );

  it('compares every domain and names both assessments', () => {
    const later = snapshot('b', '2026-03-10', {
      stress: 55,
      sleep: 41,
      immune: 20,
    });
    const result = compareAssessments(earlier, later);
    expect(result.from).toEqual({ id: 'a', date: '2026-01-10' });
    expect(result.to).toEqual({ id: 'b', date: '2026-03-10' });
    expect(result.domains.stress).toMatchObject({ delta: -5, notable: false });
    expect(result.domains.sleep).toMatchObject({
      delta: -23.2,
      direction: 'improved',
      notable: true,
    });
    expect(result.domains.immune.direction).toBe('unknown');
  });

  it.each([
    ['2 points', 7, 5, true],
    ['1 point from 7 (14 %)', 7, 6, false],
    ['1 point from 3 (33 %)', 3, 2, true],
    ['3 points from 10 (exactly 30 %)', 10, 7, true],
    ['1 point from 4 (25 %)', 4, 3, false],
    ['1 point up from 0', 0, 1, false],
    ['2 points up from 0', 0, 2, true],
    ['1 point up from 3 (33 %)', 3, 4, true],
  ])('calls an NPRS change of %s notable: %p', (_, before, after, notable) => {
    const a = snapshot('a', '2026-01-10', {}, { nprsAverage: before });
    const b = snapshot('b', '2026-02-10', {}, { nprsAverage: after });
    expect(compareAssessments(a, b).pain.nprsAverage.notable).toBe(notable);
  });

  it('applies the NPRS rule to all pain ratings and own rules to activities and beliefs', () => {
    const later = snapshot(
      'b',
      '2026-03-10',
      {},
      {
        nprsNow: 5,
        nprsAverage: 7,
        nprsWorst: 6,
        interference: 4,
        activityEffortMean: 5.4,
        beliefs: { score: 61 },
      },
    );
    const { pain } = compareAssessments(earlier, later);
    expect(pain.nprsNow).toMatchObject({ delta: -1, notable: false });
    expect(pain.nprsAverage).toMatchObject({
      delta: 0,
      direction: 'unchanged',
      notable: false,
    });
    expect(pain.nprsWorst).toMatchObject({ delta: -3, notable: true });
    expect(pain.interference).toMatchObject({ delta: -2, notable: true });
    expect(pain.activityEffortMean).toMatchObject({
      delta: -1.9,
      notable: false,
    });
    expect(pain.beliefs).toMatchObject({ delta: -9, notable: false });
  });

  it('reports pain as unknown when an assessment has no pain module', () => {
    const later = snapshot('b', '2026-03-10', {}, null);
    expect(compareAssessments(earlier, later).pain.nprsNow.direction).toBe(
      'unknown',
    );
  });
});
