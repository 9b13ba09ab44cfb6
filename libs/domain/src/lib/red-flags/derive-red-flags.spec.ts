import type { Answers } from '../instruments/answers';
import {
  HERSTELKOMPAS_FOLLOW_UP_V2,
  HERSTELKOMPAS_INTAKE_V1,
  HERSTELKOMPAS_INTAKE_V2,
} from '../instruments/herstelkompas/definitions';
import { ageMonthsEarlier } from './derive-red-flags';
import { type RedFlag, detectRedFlags } from './detect-red-flags';

const ON = '2026-12-06';
/** A date of birth that makes the client `age` on {@link ON}. */
const bornAged = (age: number): string => `${2026 - age}-06-01`;

/** Every v2 screen item answered "no": only what a test adds is positive. */
const NONE: Answers = Object.fromEntries(
  HERSTELKOMPAS_INTAKE_V2.items
    .filter((item) => item.module === 'red_flags')
    .map((item) => [item.id, false]),
);

const derived = (
  age: number,
  answers: Answers,
  definition = HERSTELKOMPAS_INTAKE_V2,
): RedFlag[] =>
  detectRedFlags(
    definition,
    { ...NONE, ...answers },
    {
      dateOfBirth: bornAged(age),
      assessedOn: ON,
    },
  ).filter((flag) => flag.derivedFrom);

const ids = (flags: readonly RedFlag[]) =>
  flags.map((flag) => [flag.itemId, flag.urgency]);

describe('ageMonthsEarlier', () => {
  it.each([
    ['1976-12-06', '2026-12-06', 0, 50],
    ['1976-12-07', '2026-12-06', 0, 49],
    ['1976-12-06', '2026-12-06', 1, 49],
    ['1976-06-06', '2026-12-06', 60, 45],
    ['2020-01-01', '2026-12-06', 120, -4],
  ])('born %s, on %s, %p months earlier: %p', (dob, on, months, age) => {
    expect(ageMonthsEarlier(dob, on, months)).toBe(age);
  });
});

describe('derived red flags (age criteria, never asked)', () => {
  describe('first onset after 50, from date of birth and HIST1', () => {
    it.each([
      [51, 'less_than_3_months', true],
      [50, 'less_than_3_months', true],
      [49, 'less_than_3_months', false],
      [51, '3_to_12_months', true],
      [55, '1_to_5_years', true],
      [54, '1_to_5_years', false],
      [80, 'more_than_5_years', false],
    ])('aged %p with pain for %s: %p', (age, duration, flagged) => {
      const flags = derived(age, { HIST1: duration });
      expect(ids(flags)).toEqual(
        flagged ? [['AGE-ONSET-50', 'gp_review']] : [],
      );
    });

    it('counts from the earliest possible onset: 50 three months ago', () => {
      const flags = (dateOfBirth: string) =>
        detectRedFlags(
          HERSTELKOMPAS_INTAKE_V2,
          { ...NONE, HIST1: 'less_than_3_months' },
          { dateOfBirth, assessedOn: ON },
        ).map((flag) => flag.itemId);
      expect(flags('1976-09-06')).toEqual(['AGE-ONSET-50']);
      expect(flags('1976-09-07')).toEqual([]);
    });

    it('says where it comes from, for the practitioner', () => {
      const [flag] = derived(60, { HIST1: 'less_than_3_months' });
      expect(flag).toMatchObject({
        condition: 'malignancy',
        derivedFrom: ['dateOfBirth', 'HIST1'],
      });
      expect(flag?.label.nl).toContain(
        'afgeleid uit geboortedatum en duur van de klacht',
      );
      expect(flag?.clientInstruction).toBeUndefined();
    });

    it('needs the duration', () => {
      expect(derived(70, {})).toEqual([]);
      expect(derived(70, { HIST1: 'prefer_not_to_say' })).toEqual([]);
    });
  });

  describe('onset before 45, over 3 months, with inflammatory features', () => {
    it.each([
      [30, '1_to_5_years', { 'RF-INFLAM': true }, true],
      [30, '1_to_5_years', { 'RF-BUTTOCK': true }, true],
      [30, '1_to_5_years', { 'RF-FAMILY': true }, true],
      [30, 'less_than_3_months', { 'RF-INFLAM': true }, false],
      [30, '3_to_12_months', {}, false],
      [44, '3_to_12_months', { 'RF-INFLAM': true }, true],
      [45, '3_to_12_months', { 'RF-INFLAM': true }, false],
      [49, 'more_than_5_years', { 'RF-SPA-DISEASE': true }, true],
      [50, 'more_than_5_years', { 'RF-SPA-DISEASE': true }, false],
    ])('aged %p, pain for %s, %p: %p', (age, duration, answers, flagged) => {
      const flags = derived(age, { HIST1: duration, ...answers }).filter(
        (flag) => flag.condition === 'inflammatory',
      );
      expect(ids(flags)).toEqual(
        flagged ? [['AGE-ONSET-45-INFLAM', 'gp_review']] : [],
      );
    });
  });

  describe('70 or over with a fracture risk (for everyone: sex is not recorded)', () => {
    it.each([
      [70, { 'RF-MINOR-TRAUMA': true }, true],
      [69, { 'RF-MINOR-TRAUMA': true }, false],
      [85, { 'RF-HEIGHT': true }, true],
      [75, { 'RF-OSTEO': true }, true],
      [75, {}, false],
    ])('aged %p with %p: %p', (age, answers, flagged) => {
      expect(ids(derived(age, answers))).toEqual(
        flagged ? [['AGE-70-FRACTURE', 'gp_review']] : [],
      );
    });

    it('raises a minor fall at 70 to the GP, where it alone is advice', () => {
      const all = detectRedFlags(
        HERSTELKOMPAS_INTAKE_V2,
        { ...NONE, 'RF-MINOR-TRAUMA': true },
        { dateOfBirth: bornAged(72), assessedOn: ON },
      );
      expect(ids(all)).toEqual([
        ['AGE-70-FRACTURE', 'gp_review'],
        ['RF-MINOR-TRAUMA', 'advice'],
      ]);
    });
  });

  describe('50 or over with vascular risk', () => {
    it.each([
      [50, { 'RF-VASC': true }, 'advice'],
      [49, { 'RF-VASC': true }, null],
      [60, { 'RF-VASC': false, 'RF-PULSE': true }, null],
      [60, { 'RF-VASC': true, 'RF-PULSE': true }, 'gp_review'],
      [60, { 'RF-VASC': true, 'RF-SUDDEN': true }, 'gp_review'],
    ])('aged %p with %p: %p', (age, answers, urgency) => {
      expect(ids(derived(age, answers))).toEqual(
        urgency ? [['AGE-50-VASC', urgency]] : [],
      );
    });

    it('gives the advice once; a follow-up brings it back only with a sign', () => {
      const followUp = HERSTELKOMPAS_FOLLOW_UP_V2;
      expect(derived(60, { 'RF-VASC': true }, followUp)).toEqual([]);
      expect(
        ids(derived(60, { 'RF-VASC': true, 'RF-PULSE': true }, followUp)),
      ).toEqual([['AGE-50-VASC', 'gp_review']]);
    });
  });

  it('derives nothing without a date of birth or a date', () => {
    const answers = { ...NONE, HIST1: 'less_than_3_months' };
    const flags = (context?: Parameters<typeof detectRedFlags>[2]) =>
      detectRedFlags(HERSTELKOMPAS_INTAKE_V2, answers, context);
    expect(flags()).toEqual([]);
    expect(flags({ dateOfBirth: bornAged(70) })).toEqual([]);
    expect(flags({ assessedOn: ON })).toEqual([]);
    expect(flags({ dateOfBirth: null, assessedOn: null })).toEqual([]);
  });

  it('derives nothing for v1, which does not list any derived flag', () => {
    expect(
      detectRedFlags(
        HERSTELKOMPAS_INTAKE_V1,
        { HIST1: 'less_than_3_months', 'RF-STEROID': true },
        { dateOfBirth: bornAged(80), assessedOn: ON },
      ).map((flag) => flag.itemId),
    ).toEqual(['RF-STEROID']);
  });

  it('does not ask the onset criteria again at a follow-up', () => {
    expect(
      derived(70, { HIST1: 'less_than_3_months' }, HERSTELKOMPAS_FOLLOW_UP_V2),
    ).toEqual([]);
  });
});
