import { type Answers, PREFER_NOT_TO_SAY } from '../instruments/answers';
import { HERSTELKOMPAS_INTAKE_V1 } from '../instruments/herstelkompas/definitions';
import type { InstrumentItem, Keying } from '../instruments/instrument-types';
import { evaluateItem } from './item-values';

const item = (id: string): InstrumentItem => {
  const found = HERSTELKOMPAS_INTAKE_V1.items.find((i) => i.id === id);
  if (!found?.keying) {
    throw new Error(id);
  }
  return found;
};
const evaluate = (id: string, answers: Answers) => {
  const it = item(id);
  return evaluateItem(it, it.keying as Keying, answers);
};

describe('evaluateItem', () => {
  it.each([
    ['normal', 'STR1', 0, 0],
    ['normal', 'STR1', 7, 7],
    ['normal', 'STR1', 10, 10],
    ['reversed', 'BEW6', 0, 10],
    ['reversed', 'BEW6', 3, 7],
    ['reversed', 'BEW6', 10, 0],
    ['reversed', 'SLA3', 4, 6],
    ['mapping', 'BEW1', 2, 6],
    ['mapping', 'BEW2', 8, 3.333333333],
    ['mapping', 'SLA4', 4.2, 7],
    ['mapping', 'VOE4', 7, 5],
  ])('transforms a %s item (%s = %p) to %p', (_, id, answer, expected) => {
    expect(evaluate(id, { [id]: answer })).toEqual({
      itemId: id,
      status: 'answered',
      value: expected,
    });
  });

  it('removes floating-point noise so 4.2 hours of sleep is exactly a high item', () => {
    expect(evaluate('SLA4', { SLA4: 4.2 }).value).toBe(7);
  });

  it.each<[string, Answers, string]>([
    ['STR1', {}, 'unanswered'],
    ['STR1', { STR1: null }, 'unanswered'],
    ['STR1', { STR1: PREFER_NOT_TO_SAY }, 'declined'],
    ['STR1', { STR1: 11 }, 'invalid'],
    ['STR1', { STR1: 'vaak' }, 'invalid'],
    ['IMM2', { IMM1: '2', IMM2: 'not_applicable' }, 'not_applicable'],
    ['IMM2', { IMM1: '0', IMM2: 'more_than_2_weeks' }, 'disabled'],
    ['IMM2', { IMM2: 'more_than_2_weeks' }, 'disabled'],
  ])(
    'gives %s with answers %p the status %s and no value',
    (id, answers, status) => {
      expect(evaluate(id, answers)).toEqual({
        itemId: id,
        status,
        value: null,
      });
    },
  );

  it('treats "prefer not to say" as invalid where the item does not allow it', () => {
    const pain = { ...item('STR1'), allowPreferNotToSay: false };
    expect(
      evaluateItem(pain, { kind: 'normal' }, { STR1: PREFER_NOT_TO_SAY })
        .status,
    ).toBe('invalid');
  });

  it.each<[string, InstrumentItem, Keying, Answers]>([
    [
      'a yes/no item with a mapping',
      { ...item('STR1'), answer: { kind: 'yes_no' } },
      { kind: 'mapping', mapping: 'active_days_per_week' },
      { STR1: true },
    ],
    [
      'a choice item keyed as normal',
      item('IMM1'),
      { kind: 'normal' },
      { IMM1: '2' },
    ],
  ])(
    'marks %s as invalid rather than guessing',
    (_, keyed, keying, answers) => {
      expect(evaluateItem(keyed, keying, answers).status).toBe('invalid');
    },
  );

  it('clamps a custom number item to the 0-10 range', () => {
    const minutes: InstrumentItem = {
      ...item('STR1'),
      answer: {
        kind: 'number',
        unit: { nl: 'minuten', en: 'minutes' },
        min: 0,
        max: 60,
        integer: true,
      },
    };
    expect(evaluateItem(minutes, { kind: 'normal' }, { STR1: 45 }).value).toBe(
      10,
    );
    expect(
      evaluateItem(minutes, { kind: 'reversed' }, { STR1: 45 }).value,
    ).toBe(0);
  });
});
