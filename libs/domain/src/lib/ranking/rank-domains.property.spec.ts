import fc from 'fast-check';
import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { rankDomains } from './rank-domains';
import type { RankOptions, RankingInput } from './ranking-types';

const domainScore: fc.Arbitrary<RankingInput> = fc.oneof(
  fc.record({
    score: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
    highItems: fc.integer({ min: 0, max: 6 }),
    maxItem: fc.integer({ min: 0, max: 100 }).map((x) => x / 10),
    answered: fc.integer({ min: 4, max: 6 }),
    total: fc.constant(6),
  }),
  fc.record({
    score: fc.constant(null),
    highItems: fc.constant(0),
    maxItem: fc.constant(null),
    answered: fc.integer({ min: 0, max: 3 }),
    total: fc.constant(6),
  }),
);

const scoresArb = fc.record(
  Object.fromEntries(DOMAIN_IDS.map((d) => [d, domainScore])) as Record<
    DomainId,
    fc.Arbitrary<RankingInput>
  >,
);

const optionsArb: fc.Arbitrary<RankOptions> = fc.record({
  preferredDomains: fc.subarray([...DOMAIN_IDS], { maxLength: 2 }),
  canonicalOrder: fc.shuffledSubarray([...DOMAIN_IDS], {
    minLength: 6,
    maxLength: 6,
  }),
  focusCount: fc.integer({ min: 1, max: 3 }),
});

/** The same record with its keys inserted in another order. */
const reordered = <T>(record: Record<DomainId, T>, keys: readonly DomainId[]) =>
  Object.fromEntries(keys.map((k) => [k, record[k]])) as Record<DomainId, T>;

describe('ranking properties', () => {
  it('ranks a permutation of the six domains with ranks 1-6', () => {
    fc.assert(
      fc.property(scoresArb, optionsArb, (scores, options) => {
        const { entries } = rankDomains(scores, options);
        expect([...entries.map((e) => e.domain)].sort()).toEqual(
          [...DOMAIN_IDS].sort(),
        );
        expect(entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      }),
    );
  });

  it('is deterministic and independent of the input key order', () => {
    fc.assert(
      fc.property(
        scoresArb,
        optionsArb,
        fc.shuffledSubarray([...DOMAIN_IDS], { minLength: 6, maxLength: 6 }),
        (scores, options, keys) => {
          const first = rankDomains(scores, options);
          expect(rankDomains(scores, options)).toEqual(first);
          expect(rankDomains(reordered(scores, keys), options)).toEqual(first);
        },
      ),
    );
  });

  it('never ranks a domain without a score above a scored one', () => {
    fc.assert(
      fc.property(scoresArb, optionsArb, (scores, options) => {
        const flags = rankDomains(scores, options).entries.map(
          (e) => e.insufficient,
        );
        const firstInsufficient = flags.indexOf(true);
        if (firstInsufficient >= 0) {
          expect(flags.slice(firstInsufficient).every(Boolean)).toBe(true);
        }
      }),
    );
  });

  it('orders scored domains by whole-number score and focuses on the top ones', () => {
    fc.assert(
      fc.property(scoresArb, optionsArb, (scores, options) => {
        const ranking = rankDomains(scores, options);
        const scored = ranking.entries.filter((e) => e.score !== null);
        const values = scored.map((e) => e.score);
        expect(values).toEqual([...values].sort((a, b) => (b ?? 0) - (a ?? 0)));
        expect(ranking.focus).toEqual(
          scored.slice(0, options.focusCount).map((e) => e.domain),
        );
      }),
    );
  });
});
