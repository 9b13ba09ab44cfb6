import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { AssessmentSnapshot } from './change-types';
import { winsFirst } from './wins-first';

function snapshot(
  id: string,
  scores: Partial<Record<DomainId, number | null>>,
): AssessmentSnapshot {
  return {
    id,
    date: '2026-11-01',
    domainScores: Object.fromEntries(
      DOMAIN_IDS.map((d) => [
        d,
        { score: d in scores ? (scores[d] ?? null) : 50 },
      ]),
    ) as AssessmentSnapshot['domainScores'],
  };
}

describe('winsFirst', () => {
  it('names the most improved domain first, then other wins, then the rest in canonical order', () => {
    const result = winsFirst(
      snapshot('a', { sleep: 70, movement: 60, stress: 40 }),
      snapshot('b', { sleep: 40, movement: 50, stress: 55 }),
    );
    expect(result.biggestWin).toBe('sleep');
    expect(result.domains.map((d) => d.domain)).toEqual([
      'sleep',
      'movement',
      'stress',
      'breathing',
      'nutrition',
      'immune',
    ]);
    expect(result.domains[0]).toEqual({
      domain: 'sleep',
      first: 70,
      latest: 40,
      change: -30,
    });
  });

  it('claims no win when nothing improved (one intake compared with itself)', () => {
    const only = snapshot('a', {});
    const result = winsFirst(only, only);
    expect(result.biggestWin).toBeNull();
    expect(result.domains.map((d) => d.domain)).toEqual([...DOMAIN_IDS]);
    expect(result.domains.every((d) => d.change === 0)).toBe(true);
  });

  it.each([
    [null, 40],
    [40, null],
  ])('has no change where a score is missing (%s -> %s)', (before, after) => {
    const result = winsFirst(
      snapshot('a', { immune: before }),
      snapshot('b', { immune: after }),
    );
    const immune = result.domains.find((d) => d.domain === 'immune');
    expect(immune?.change).toBeNull();
    expect(result.biggestWin).toBeNull();
  });

  it('keeps the canonical order between equal wins and shows whole points', () => {
    const result = winsFirst(
      snapshot('a', { breathing: 60.4, stress: 60.5 }),
      snapshot('b', { breathing: 50.4, stress: 50.5 }),
    );
    expect(result.biggestWin).toBe('stress');
    expect(result.domains.slice(0, 2)).toEqual([
      { domain: 'stress', first: 61, latest: 51, change: -10 },
      { domain: 'breathing', first: 60, latest: 50, change: -10 },
    ]);
  });
});
