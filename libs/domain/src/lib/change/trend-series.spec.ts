import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { AssessmentSnapshot } from './change-types';
import { sortByDate, trendSeries } from './trend-series';

const snapshot = (
  id: string,
  date: string,
  stress: number | null,
): AssessmentSnapshot => ({
  id,
  date,
  domainScores: Object.fromEntries(
    DOMAIN_IDS.map((d: DomainId) => [
      d,
      { score: d === 'stress' ? stress : null },
    ]),
  ) as AssessmentSnapshot['domainScores'],
  pain: {
    nprsNow: null,
    nprsAverage: stress === null ? null : stress / 10,
    nprsWorst: null,
    interference: null,
    activityEffortMean: null,
    beliefs: { score: 50 },
  },
});

describe('trendSeries', () => {
  it('orders any number of assessments by date, oldest first', () => {
    const series = trendSeries([
      snapshot('c', '2026-05-01T09:00:00Z', 40),
      snapshot('a', '2026-01-15', 70),
      snapshot('b', '2026-03-01T10:00:00+01:00', null),
    ]);
    expect(series.assessments.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(series.domains.stress.map((p) => p.value)).toEqual([70, null, 40]);
    expect(series.domains.sleep.map((p) => p.value)).toEqual([
      null,
      null,
      null,
    ]);
    expect(series.pain.nprsAverage.map((p) => p.value)).toEqual([7, null, 4]);
    expect(series.pain.beliefs[0]).toEqual({
      assessmentId: 'a',
      date: '2026-01-15',
      value: 50,
    });
  });

  it('gives empty series without assessments', () => {
    const series = trendSeries([]);
    expect(series.assessments).toEqual([]);
    expect(series.domains.immune).toEqual([]);
  });

  it('breaks date ties by id, so the input order does not matter', () => {
    const x = snapshot('x', '2026-01-15', 1);
    const y = snapshot('y', '2026-01-15', 2);
    expect(sortByDate([y, x]).map((a) => a.id)).toEqual(['x', 'y']);
    expect(sortByDate([x, y]).map((a) => a.id)).toEqual(['x', 'y']);
    expect(sortByDate([x, x]).map((a) => a.id)).toEqual(['x', 'x']);
  });

  it('refuses a malformed date', () => {
    expect(() => trendSeries([snapshot('a', '15-01-2026', 1)])).toThrow(
      RangeError,
    );
  });
});
