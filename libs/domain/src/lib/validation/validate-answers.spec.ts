import { PREFER_NOT_TO_SAY, type Answers } from '../instruments/answers';
import {
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_INTAKE_V1,
} from '../instruments/herstelkompas/definitions';
import { validateAnswers } from './validate-answers';

const intake = HERSTELKOMPAS_INTAKE_V1;

/** The smallest complete submission: red flags all "no", PIJN1-3 answered. */
const MINIMAL: Answers = {
  ...Object.fromEntries(
    intake.items
      .filter((i) => i.module === 'red_flags')
      .map((i) => [i.id, false]),
  ),
  PIJN1: 4,
  PIJN2: 5,
  PIJN3: 7,
};

const errorsFor = (answers: Answers, partial = true) =>
  validateAnswers(intake, answers, { partial }).errors.map((e) => [
    e.itemId,
    e.code,
  ]);

describe('validateAnswers', () => {
  it('accepts an empty draft', () => {
    expect(validateAnswers(intake, {}, { partial: true })).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('accepts the smallest complete submission, in strict mode by default', () => {
    expect(validateAnswers(intake, MINIMAL)).toEqual({
      valid: true,
      errors: [],
    });
  });

  it.each<[string, Answers, string, string]>([
    ['an unknown item id', { STR9: 3 }, 'STR9', 'unknown_item'],
    ['text on a scale', { STR1: 'vaak' }, 'STR1', 'wrong_type'],
    ['NaN on a scale', { STR1: Number.NaN }, 'STR1', 'wrong_type'],
    ['a decimal on a scale', { STR1: 3.5 }, 'STR1', 'not_integer'],
    ['11 on a 0-10 scale', { STR1: 11 }, 'STR1', 'out_of_range'],
    ['-1 on a 0-10 scale', { STR1: -1 }, 'STR1', 'out_of_range'],
    ['a decimal day count', { BEW1: 2.5 }, 'BEW1', 'not_integer'],
    ['8 days a week', { BEW1: 8 }, 'BEW1', 'out_of_range'],
    ['25 hours of sitting', { BEW2: 25 }, 'BEW2', 'out_of_range'],
    ['a number as option', { IMM1: 2 }, 'IMM1', 'wrong_type'],
    ['an unknown option', { IMM1: 'vaak' }, 'IMM1', 'unknown_option'],
    ['"ja" for yes/no', { 'SLA-F': 'ja' }, 'SLA-F', 'wrong_type'],
    ['a number as free text', { HIST3: 12 }, 'HIST3', 'wrong_type'],
    ['1001 characters', { HIST3: 'x'.repeat(1001) }, 'HIST3', 'too_long'],
    [
      'a string as multi-choice',
      { VOORKEUR: 'sleep' },
      'VOORKEUR',
      'wrong_type',
    ],
    [
      'numbers in a multi-choice',
      { VOORKEUR: [1] as unknown as string[] },
      'VOORKEUR',
      'wrong_type',
    ],
    ['an unknown domain', { VOORKEUR: ['pain'] }, 'VOORKEUR', 'unknown_option'],
    [
      'a domain twice',
      { VOORKEUR: ['sleep', 'sleep'] },
      'VOORKEUR',
      'duplicate_choice',
    ],
    [
      'three domains',
      { VOORKEUR: ['sleep', 'stress', 'immune'] },
      'VOORKEUR',
      'too_many_choices',
    ],
    [
      'declining a red flag',
      { 'RF-FEVER': PREFER_NOT_TO_SAY },
      'RF-FEVER',
      'not_allowed',
    ],
    ['declining PIJN1', { PIJN1: PREFER_NOT_TO_SAY }, 'PIJN1', 'not_allowed'],
    [
      'IMM2 after no infections',
      { IMM1: '0', IMM2: '1_to_2_weeks' },
      'IMM2',
      'disabled_item',
    ],
    [
      'an effort without activity',
      { 'PIJN5-2-EFFORT': 4 },
      'PIJN5-2-EFFORT',
      'disabled_item',
    ],
  ])('reports %s', (_, answers, itemId, code) => {
    expect(errorsFor(answers)).toEqual([[itemId, code]]);
  });

  it.each<[string, Answers]>([
    ['1000 characters', { HIST3: 'x'.repeat(1000) }],
    ['1000 emoji, counted as characters', { HIST3: '🙂'.repeat(1000) }],
    ['two domains', { VOORKEUR: ['sleep', 'stress'] }],
    ['declining a domain item', { STR6: PREFER_NOT_TO_SAY }],
    ['a decimal number of hours', { SLA4: 6.5 }],
    ['IMM2 after an infection', { IMM1: '1', IMM2: 'not_applicable' }],
    ['a blank text', { HIST3: '   ' }],
    ['null for a missing answer', { STR1: null }],
  ])('accepts %s', (_, answers) => {
    expect(errorsFor(answers)).toEqual([]);
  });

  it('lets a draft miss required answers but not a submission', () => {
    expect(errorsFor({}, true)).toEqual([]);
    const required = errorsFor({}, false);
    expect(required).toContainEqual(['PIJN1', 'required']);
    expect(required).toContainEqual(['RF-CAUDA', 'required']);
    expect(required).not.toContainEqual(['STR1', 'required']);
    expect(required).toHaveLength(16);
  });

  it('requires the effort of a named activity only once the activity is named', () => {
    expect(errorsFor({ ...MINIMAL }, false)).toEqual([]);
    expect(
      errorsFor({ ...MINIMAL, 'PIJN5-1-LABEL': 'wandelen' }, false),
    ).toEqual([['PIJN5-1-EFFORT', 'required']]);
  });

  it('reports one error per item, in form order, with unknown ids last and sorted', () => {
    expect(errorsFor({ ZZZ: 1, STR1: 12, AAA: 1, ADM1: 'x' })).toEqual([
      ['STR1', 'out_of_range'],
      ['ADM1', 'wrong_type'],
      ['AAA', 'unknown_item'],
      ['ZZZ', 'unknown_item'],
    ]);
  });

  it('rejects history answers in a follow-up as unknown items', () => {
    const { errors } = validateAnswers(
      HERSTELKOMPAS_FOLLOW_UP_V1,
      { HIST1: 'gradual' },
      {
        partial: true,
      },
    );
    expect(errors.map((e) => e.code)).toEqual(['unknown_item']);
  });

  it('gives friendly, specific messages in Dutch ("je") and English', () => {
    const { errors } = validateAnswers(
      intake,
      { BEW1: 9, HIST3: 'x'.repeat(1001) },
      {
        partial: true,
      },
    );
    expect(errors.map((e) => e.message)).toEqual([
      {
        nl: 'Kies een getal van 0 tot en met 7 (dagen per week).',
        en: 'Please choose a number from 0 to 7 (days a week).',
      },
      {
        nl: 'Je antwoord is wat te lang: gebruik hoogstens 1000 tekens.',
        en: 'Your answer is a bit too long: please use at most 1000 characters.',
      },
    ]);
  });
});
