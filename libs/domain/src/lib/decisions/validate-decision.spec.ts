import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { rankDomains } from '../ranking/rank-domains';
import type { RankingInput } from '../ranking/ranking-types';
import type { PriorityDecisionInput } from './decision-types';
import { differsFromComputed, validateDecision } from './validate-decision';

/** Computed order: stress, breathing, movement, nutrition, sleep, immune. */
const computed = rankDomains(
  Object.fromEntries(
    DOMAIN_IDS.map((d, i) => [
      d,
      { score: 60 - i * 10, highItems: 0, maxItem: 5, answered: 6, total: 6 },
    ]),
  ) as Record<DomainId, RankingInput>,
);

const ACCEPT: PriorityDecisionInput = {
  order: [...DOMAIN_IDS],
  focusDomains: ['stress', 'breathing'],
  reasonCode: 'CLINICAL_JUDGEMENT',
};

const errorsOf = (
  input: Partial<PriorityDecisionInput> | Record<string, unknown>,
) =>
  validateDecision(
    { ...ACCEPT, ...input } as PriorityDecisionInput,
    computed,
  ).errors.map((e) => [e.field, e.code]);

describe('validateDecision', () => {
  it('accepts the computed order and focus without a reason text', () => {
    expect(validateDecision(ACCEPT, computed)).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('accepts the computed focus named in another order without a reason text', () => {
    expect(errorsOf({ focusDomains: ['breathing', 'stress'] })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an order that is not a list', { order: 'stress' }, 'order', 'wrong_type'],
    [
      'an unknown domain in the order',
      { order: ['stress', 'pain'] },
      'order',
      'unknown_domain',
    ],
    [
      'a domain twice in the order',
      {
        order: ['stress', 'stress', 'movement', 'nutrition', 'sleep', 'immune'],
      },
      'order',
      'duplicate_domain',
    ],
    [
      'an order of five domains',
      { order: DOMAIN_IDS.slice(0, 5) },
      'order',
      'incomplete_order',
    ],
    [
      'focus that is not a list',
      { focusDomains: null },
      'focusDomains',
      'wrong_type',
    ],
    ['no focus', { focusDomains: [] }, 'focusDomains', 'too_few'],
    [
      'four focus domains',
      { focusDomains: ['stress', 'breathing', 'movement', 'sleep'] },
      'focusDomains',
      'too_many',
    ],
    [
      'an unknown focus domain',
      { focusDomains: ['pain'] },
      'focusDomains',
      'unknown_domain',
    ],
    [
      'a focus domain twice',
      { focusDomains: ['sleep', 'sleep'] },
      'focusDomains',
      'duplicate_domain',
    ],
    ['no reason code', { reasonCode: '' }, 'reasonCode', 'required'],
    ['a null reason code', { reasonCode: null }, 'reasonCode', 'required'],
    [
      'an unknown reason code',
      { reasonCode: 'GUT' },
      'reasonCode',
      'unknown_reason_code',
    ],
    [
      'a reason text that is not text',
      { reasonText: 42 },
      'reasonText',
      'wrong_type',
    ],
    [
      'a reason text of 2001 characters',
      { reasonText: 'x'.repeat(2001) },
      'reasonText',
      'too_long',
    ],
  ])('reports %s', (_, input, field, code) => {
    expect(errorsOf(input)).toContainEqual([field, code]);
  });

  it('reports a focus domain missing from an incomplete order', () => {
    expect(
      errorsOf({
        order: ['breathing', 'movement', 'nutrition', 'sleep', 'immune'],
      }),
    ).toEqual([
      ['order', 'incomplete_order'],
      ['focusDomains', 'not_in_order'],
      ['reasonText', 'required'],
    ]);
  });

  it('does not require the focus to be at the top of the order', () => {
    expect(
      errorsOf({
        focusDomains: ['immune'],
        reasonText: 'Eerst slaap, dan de rest.',
      }),
    ).toEqual([]);
  });

  it.each<[string, Partial<PriorityDecisionInput>]>([
    [
      'the order differs',
      {
        order: [
          'breathing',
          'stress',
          'movement',
          'nutrition',
          'sleep',
          'immune',
        ],
      },
    ],
    ['the focus differs', { focusDomains: ['stress'] }],
    ['the focus differs in members', { focusDomains: ['stress', 'sleep'] }],
  ])('requires a non-blank reason text when %s', (_, change) => {
    expect(errorsOf(change)).toEqual([['reasonText', 'required']]);
    expect(errorsOf({ ...change, reasonText: '   ' })).toEqual([
      ['reasonText', 'required'],
    ]);
    expect(errorsOf({ ...change, reasonText: null })).toEqual([
      ['reasonText', 'required'],
    ]);
    expect(
      errorsOf({ ...change, reasonText: 'Cliënt slaapt slecht door pijn.' }),
    ).toEqual([]);
  });

  it('accepts a reason text of exactly 2000 characters', () => {
    expect(errorsOf({ reasonText: 'x'.repeat(2000) })).toEqual([]);
  });

  it('gives concise practitioner messages in both languages', () => {
    const [error] = validateDecision(
      { ...ACCEPT, focusDomains: ['stress'] },
      computed,
    ).errors;
    expect(error?.message).toEqual({
      nl: 'Licht kort toe waarom je afwijkt van de berekende volgorde of focus.',
      en: 'Briefly explain why you differ from the computed order or focus.',
    });
  });
});

describe('differsFromComputed', () => {
  it('treats malformed input as different', () => {
    expect(
      differsFromComputed(
        { order: 'x' as unknown as string[], focusDomains: ['stress'] },
        computed,
      ),
    ).toBe(true);
    expect(
      differsFromComputed(
        {
          order: [...DOMAIN_IDS],
          focusDomains: undefined as unknown as string[],
        },
        computed,
      ),
    ).toBe(true);
  });

  it('compares the order in sequence and the focus as a set', () => {
    expect(differsFromComputed(ACCEPT, computed)).toBe(false);
    expect(
      differsFromComputed(
        { ...ACCEPT, order: [...DOMAIN_IDS].reverse() },
        computed,
      ),
    ).toBe(true);
    expect(
      differsFromComputed(
        { ...ACCEPT, order: DOMAIN_IDS.slice(0, 5) },
        computed,
      ),
    ).toBe(true);
  });
});
