import fc from 'fast-check';
import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { rankDomains } from '../ranking/rank-domains';
import type { RankingInput } from '../ranking/ranking-types';
import { ALGORITHM_VERSION } from '../scoring/algorithm-version';
import { buildDecision, decisionToInput } from './build-decision';
import type { PriorityDecisionInput } from './decision-types';
import { REASON_CODES, REASON_CODE_LABELS } from './reason-codes';

const computed = rankDomains(
  Object.fromEntries(
    DOMAIN_IDS.map((d, i) => [
      d,
      { score: 60 - i * 10, highItems: 1, maxItem: 7, answered: 6, total: 6 },
    ]),
  ) as Record<DomainId, RankingInput>,
);

describe('buildDecision', () => {
  it('records the final order, focus, reason, algorithm version and a snapshot', () => {
    const decision = buildDecision(
      {
        order: [
          'sleep',
          'stress',
          'breathing',
          'movement',
          'nutrition',
          'immune',
        ],
        focusDomains: ['sleep'],
        reasonCode: 'CLIENT_PREFERENCE',
        reasonText: 'Slaap eerst: de cliënt wil daar beginnen.',
      },
      computed,
    );
    expect(decision).toEqual({
      algorithmVersion: ALGORITHM_VERSION,
      computed,
      finalOrder: [
        'sleep',
        'stress',
        'breathing',
        'movement',
        'nutrition',
        'immune',
      ],
      focusDomains: ['sleep'],
      reasonCode: 'CLIENT_PREFERENCE',
      reasonText: 'Slaap eerst: de cliënt wil daar beginnen.',
      differsFromComputed: true,
    });
    expect(decision.computed).not.toBe(computed);
  });

  it('stores a blank reason text as null when accepting the computed priority', () => {
    const decision = buildDecision(
      {
        order: [...DOMAIN_IDS],
        focusDomains: ['stress', 'breathing'],
        reasonCode: 'CLINICAL_JUDGEMENT',
        reasonText: '  ',
      },
      computed,
    );
    expect(decision.reasonText).toBeNull();
    expect(decision.differsFromComputed).toBe(false);
  });

  it('stores a missing reason text as null', () => {
    const decision = buildDecision(
      {
        order: [...DOMAIN_IDS],
        focusDomains: ['breathing', 'stress'],
        reasonCode: 'CLINICAL_JUDGEMENT',
      },
      computed,
    );
    expect(decision.reasonText).toBeNull();
  });

  it('refuses an invalid decision, naming the fields', () => {
    expect(() =>
      buildDecision({ order: [], focusDomains: [], reasonCode: 'X' }, computed),
    ).toThrow(
      'Invalid priority decision (order: incomplete_order, focusDomains: too_few, reasonCode: unknown_reason_code, reasonText: required)',
    );
  });

  it('reads back losslessly what a valid decision applied (property)', () => {
    const input: fc.Arbitrary<PriorityDecisionInput> = fc
      .record({
        order: fc.shuffledSubarray([...DOMAIN_IDS], {
          minLength: 6,
          maxLength: 6,
        }),
        focusCount: fc.integer({ min: 1, max: 3 }),
        reasonCode: fc.constantFrom(...REASON_CODES),
        reasonText: fc.oneof(
          fc.constant(null),
          fc
            .string({ minLength: 1, maxLength: 2000 })
            .filter((t) => t.trim() !== ''),
        ),
      })
      .chain(({ order, focusCount, reasonCode, reasonText }) =>
        fc
          .shuffledSubarray(order, {
            minLength: focusCount,
            maxLength: focusCount,
          })
          .map((focusDomains) => ({
            order,
            focusDomains,
            reasonCode,
            reasonText,
          })),
      );
    fc.assert(
      fc.property(input, (decisionInput) => {
        let decision;
        try {
          decision = buildDecision(decisionInput, computed);
        } catch {
          // Only a changed priority without a reason text is invalid here.
          expect(decisionInput.reasonText).toBeNull();
          return;
        }
        expect(decisionToInput(decision)).toEqual(decisionInput);
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
      }),
    );
  });
});

describe('REASON_CODES', () => {
  it('lists the six reason codes of domain.md 4.5, each with nl/en labels', () => {
    expect(REASON_CODES).toEqual([
      'CLINICAL_JUDGEMENT',
      'CLIENT_PREFERENCE',
      'RED_FLAG_REFERRAL',
      'INSUFFICIENT_DATA',
      'CHAIN_REACTION_HYPOTHESIS',
      'OTHER',
    ]);
    expect(Object.keys(REASON_CODE_LABELS)).toEqual([...REASON_CODES]);
    expect(REASON_CODE_LABELS.CHAIN_REACTION_HYPOTHESIS.nl).toBe(
      'Verwachte kettingreactie',
    );
  });
});
