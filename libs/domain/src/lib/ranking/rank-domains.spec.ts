import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { ALGORITHM_VERSION } from '../scoring/algorithm-version';
import { rankDomains } from './rank-domains';
import type { RankOptions, RankingInput } from './ranking-types';

type Overrides = Partial<Record<DomainId, Partial<RankingInput>>>;

/** Six domains at 20 with no high items, plus the overrides. */
function scores(overrides: Overrides = {}): Record<DomainId, RankingInput> {
  return Object.fromEntries(
    DOMAIN_IDS.map((domain, index) => [
      domain,
      {
        score: 20 - index,
        highItems: 0,
        maxItem: 3,
        answered: 6,
        total: 6,
        ...overrides[domain],
      },
    ]),
  ) as Record<DomainId, RankingInput>;
}

const order = (overrides: Overrides, options?: RankOptions) =>
  rankDomains(scores(overrides), options).entries.map((e) => e.domain);

const entry = (
  overrides: Overrides,
  domain: DomainId,
  options?: RankOptions,
) => {
  const found = rankDomains(scores(overrides), options).entries.find(
    (e) => e.domain === domain,
  );
  if (!found) {
    throw new Error(domain);
  }
  return found;
};

describe('rankDomains', () => {
  it('sorts by score, highest first, and numbers the ranks 1-6', () => {
    const ranking = rankDomains(
      scores({
        sleep: { score: 72 },
        movement: { score: 40 },
        stress: { score: 55 },
      }),
    );
    expect(ranking.entries.map((e) => [e.domain, e.rank])).toEqual([
      ['sleep', 1],
      ['stress', 2],
      ['movement', 3],
      ['breathing', 4],
      ['nutrition', 5],
      ['immune', 6],
    ]);
    expect(ranking.algorithmVersion).toBe(ALGORITHM_VERSION);
  });

  it('ranks on the score rounded to a whole number (half away from zero)', () => {
    const ranking = rankDomains(
      scores({ stress: { score: 57.4 }, sleep: { score: 57.5 } }),
    );
    expect(ranking.entries.slice(0, 2).map((e) => [e.domain, e.score])).toEqual(
      [
        ['sleep', 58],
        ['stress', 57],
      ],
    );
  });

  it('treats 57.5 and 58.4 as a tie, both 58', () => {
    expect(
      entry({ stress: { score: 57.5 }, sleep: { score: 58.4 } }, 'stress')
        .tiedWith,
    ).toEqual(['sleep']);
  });

  describe('tie-breakers, in order', () => {
    const tie = { score: 58, highItems: 2, maxItem: 8 };

    it('ranks a domain with more high items first when scores tie', () => {
      const overrides = { stress: tie, sleep: { ...tie, highItems: 3 } };
      expect(order(overrides).slice(0, 2)).toEqual(['sleep', 'stress']);
      expect(entry(overrides, 'sleep').reason).toEqual({
        nl: 'gelijk aan stress: beide 58 in hele punten; meer hoge items (3 tegen 2)',
        en: 'tied with stress: both 58 in whole points; more high items (3 vs 2)',
      });
      expect(entry(overrides, 'stress').reason).toEqual({
        nl: 'gelijk aan slaap: beide 58 in hele punten; minder hoge items (2 tegen 3)',
        en: 'tied with sleep: both 58 in whole points; fewer high items (2 vs 3)',
      });
    });

    it('ranks a domain with a higher top item first when high items tie too', () => {
      const overrides = { stress: tie, sleep: { ...tie, maxItem: 9.5 } };
      expect(order(overrides).slice(0, 2)).toEqual(['sleep', 'stress']);
      expect(entry(overrides, 'sleep').reason.nl).toBe(
        'gelijk aan stress: beide 58 in hele punten; hoger hoogste item (9,5 tegen 8)',
      );
      expect(entry(overrides, 'stress').reason.en).toBe(
        'tied with sleep: both 58 in whole points; lower top item (8 vs 9.5)',
      );
    });

    it('compares top items at one decimal, as shown', () => {
      const overrides = {
        stress: { ...tie, maxItem: 6.666666667 },
        sleep: { ...tie, maxItem: 6.7 },
      };
      expect(entry(overrides, 'stress').reason.nl).toBe(
        'gelijk aan slaap: beide 58 in hele punten; vaste volgorde (geen inhoudelijk verschil)',
      );
    });

    it('ranks the client’s preferred domain first when the item counts tie', () => {
      const overrides = { stress: tie, sleep: tie };
      const options = { preferredDomains: ['sleep'] as DomainId[] };
      expect(order(overrides, options).slice(0, 2)).toEqual([
        'sleep',
        'stress',
      ]);
      expect(entry(overrides, 'sleep', options).reason).toEqual({
        nl: 'gelijk aan stress: beide 58 in hele punten; voorkeur van de cliënt',
        en: "tied with stress: both 58 in whole points; client's preference",
      });
      expect(entry(overrides, 'stress', options).reason).toEqual({
        nl: 'gelijk aan slaap: beide 58 in hele punten; cliënt koos slaap',
        en: 'tied with sleep: both 58 in whole points; client chose sleep',
      });
    });

    it('lets high items outweigh the client’s preference', () => {
      const overrides = { stress: { ...tie, highItems: 3 }, sleep: tie };
      expect(
        order(overrides, { preferredDomains: ['sleep'] }).slice(0, 2),
      ).toEqual(['stress', 'sleep']);
    });

    it('falls back to the canonical order, the form order by default', () => {
      const overrides = { stress: tie, sleep: tie };
      expect(order(overrides).slice(0, 2)).toEqual(['stress', 'sleep']);
      expect(entry(overrides, 'sleep').reason.en).toBe(
        'tied with stress: both 58 in whole points; fixed order (no clinical difference)',
      );
    });

    it('uses a configured canonical order as the last tie-breaker', () => {
      const canonicalOrder: DomainId[] = [
        'sleep',
        'immune',
        'stress',
        'breathing',
        'movement',
        'nutrition',
      ];
      expect(
        order({ stress: tie, sleep: tie }, { canonicalOrder }).slice(0, 2),
      ).toEqual(['sleep', 'stress']);
    });

    it('keeps both tied domains preferred and falls through to the order', () => {
      const options = { preferredDomains: ['sleep', 'stress'] as DomainId[] };
      expect(order({ stress: tie, sleep: tie }, options).slice(0, 2)).toEqual([
        'stress',
        'sleep',
      ]);
    });

    it('names every domain in a three-way tie', () => {
      const overrides = {
        stress: tie,
        breathing: { ...tie, highItems: 4 },
        sleep: { ...tie, highItems: 1 },
      };
      expect(order(overrides).slice(0, 3)).toEqual([
        'breathing',
        'stress',
        'sleep',
      ]);
      expect(entry(overrides, 'stress').reason.nl).toBe(
        'gelijk aan ademhaling en slaap: allemaal 58 in hele punten; meer hoge items (2 tegen 1)',
      );
      expect(entry(overrides, 'stress').tiedWith).toEqual([
        'breathing',
        'sleep',
      ]);
    });
  });

  it('explains untied positions with the score, the gap to the domain above and the high items', () => {
    const ranking = rankDomains(
      scores({
        sleep: { score: 72, highItems: 4 },
        stress: { score: 50, highItems: 1 },
      }),
    );
    expect(ranking.entries.map((e) => e.reason.nl).slice(0, 3)).toEqual([
      'hoogste score (72), 4 items ≥ 7',
      'score 50 (22 punten onder slaap), 1 item ≥ 7',
      'score 19 (31 punten onder stress), geen items ≥ 7',
    ]);
    expect(ranking.entries[0]?.reason.en).toBe(
      'highest score (72), 4 items ≥ 7',
    );
    expect(ranking.entries[2]?.reason.en).toBe(
      'score 19 (31 points below stress), no items ≥ 7',
    );
    expect(ranking.entries[3]?.reason).toEqual({
      nl: 'score 18 (1 punt onder ademhaling), geen items ≥ 7',
      en: 'score 18 (1 point below breathing), no items ≥ 7',
    });
  });

  it('puts domains without a score last, in canonical order, with the reason', () => {
    const ranking = rankDomains(
      scores({
        stress: { score: null, answered: 2, total: 6 },
        immune: { score: null, answered: 1, total: 5 },
      }),
    );
    expect(ranking.entries.slice(4)).toEqual([
      {
        domain: 'stress',
        score: null,
        rank: 5,
        reason: {
          nl: 'onvoldoende gegevens (2 van 6 beantwoord, minstens 4 nodig)',
          en: 'insufficient data (2 of 6 answered, at least 4 needed)',
        },
        tiedWith: [],
        closeCall: false,
        insufficient: true,
      },
      expect.objectContaining({
        domain: 'immune',
        rank: 6,
        insufficient: true,
      }),
    ]);
  });

  it.each([
    [4, true],
    [4.4, true], // 64.4 -> 64: a gap of 4 whole points
    [4.5, false], // 64.5 -> 65: a gap of 5
    [5, false],
    [12, false],
  ])(
    'marks a gap of %p points (in whole-number scores) to the next domain as close call: %p',
    (gap, closeCall) => {
      const ranking = rankDomains(
        scores({ sleep: { score: 60 + gap }, stress: { score: 60 } }),
      );
      expect(ranking.entries[0]?.closeCall).toBe(closeCall);
    },
  );

  it('never marks the last scored domain as a close call', () => {
    const ranking = rankDomains(
      scores({ immune: { score: 18.6 }, nutrition: { score: null } }),
    );
    const scored = ranking.entries.filter((e) => !e.insufficient);
    expect(scored.at(-1)?.closeCall).toBe(false);
    expect(scored.at(-2)?.closeCall).toBe(true);
  });

  it('treats a missing top item as the lowest', () => {
    const tie = { score: 58, highItems: 0 };
    expect(
      order({
        stress: { ...tie, maxItem: null },
        sleep: { ...tie, maxItem: 0 },
      }).slice(0, 2),
    ).toEqual(['sleep', 'stress']);
  });

  it.each([
    [undefined, ['stress', 'breathing']],
    [1, ['stress']],
    [3, ['stress', 'breathing', 'movement']],
  ])('suggests the top %p scored domains as focus', (focusCount, focus) => {
    expect(rankDomains(scores(), { focusCount }).focus).toEqual(focus);
  });

  it('suggests only scored domains as focus', () => {
    const onlyOne = Object.fromEntries(
      DOMAIN_IDS.map((d) => [
        d,
        { score: null, highItems: 0, maxItem: null, answered: 0, total: 6 },
      ]),
    ) as Record<DomainId, RankingInput>;
    onlyOne.sleep = {
      score: 30,
      highItems: 0,
      maxItem: 4,
      answered: 6,
      total: 6,
    };
    expect(rankDomains(onlyOne, { focusCount: 3 }).focus).toEqual(['sleep']);
  });

  it.each([0, 4, 1.5, Number.NaN])('refuses focusCount %p', (focusCount) => {
    expect(() => rankDomains(scores(), { focusCount })).toThrow(RangeError);
  });

  it.each([
    [['stress', 'sleep']],
    [['stress', 'stress', 'movement', 'nutrition', 'sleep', 'immune']],
  ])(
    'refuses a canonical order that is not a permutation: %p',
    (canonicalOrder) => {
      expect(() =>
        rankDomains(scores(), { canonicalOrder: canonicalOrder as DomainId[] }),
      ).toThrow(RangeError);
    },
  );

  it.each([
    [undefined, false],
    [[{ urgency: 'advice' as const }], false],
    [[{ urgency: 'gp_review' as const }], true],
    [[{ urgency: 'urgent_same_day' as const }], true],
  ])(
    'with open red flags %p is pending medical clearance: %p',
    (openRedFlags, pending) => {
      expect(
        rankDomains(scores(), { openRedFlags }).pendingMedicalClearance,
      ).toBe(pending);
    },
  );
});
