import { PREFER_NOT_TO_SAY } from './answers';
import { isItemEnabled } from './enable-when';
import type { EnableCondition } from './instrument-types';

const item = (...enableWhen: EnableCondition[]) => ({ enableWhen });

describe('isItemEnabled', () => {
  it('enables an item without conditions', () => {
    expect(isItemEnabled({}, {})).toBe(true);
  });

  it.each([
    ['answered', { itemId: 'A', operator: 'answered' } as const, 'text', true],
    ['answered', { itemId: 'A', operator: 'answered' } as const, '  ', false],
    [
      'equals',
      { itemId: 'A', operator: 'equals', value: true } as const,
      true,
      true,
    ],
    [
      'equals',
      { itemId: 'A', operator: 'equals', value: true } as const,
      false,
      false,
    ],
    [
      'in',
      { itemId: 'A', operator: 'in', values: ['1', '2'] } as const,
      '2',
      true,
    ],
    [
      'in',
      { itemId: 'A', operator: 'in', values: ['1', '2'] } as const,
      '0',
      false,
    ],
    ['in', { itemId: 'A', operator: 'in', values: [1, 2] } as const, 2, true],
    [
      'in',
      { itemId: 'A', operator: 'in', values: ['true'] } as const,
      true,
      false,
    ],
  ])('evaluates %s against %p -> %p', (_, condition, answer, expected) => {
    expect(isItemEnabled(item(condition), { A: answer })).toBe(expected);
  });

  it.each([
    ['missing', {}],
    ['null', { A: null }],
    ['prefer not to say', { A: PREFER_NOT_TO_SAY }],
  ])('treats a condition on a %s answer as false', (_, answers) => {
    expect(
      isItemEnabled(item({ itemId: 'A', operator: 'answered' }), answers),
    ).toBe(false);
  });

  it('requires every condition to hold', () => {
    const both = item(
      { itemId: 'A', operator: 'equals', value: 1 },
      { itemId: 'B', operator: 'answered' },
    );
    expect(isItemEnabled(both, { A: 1, B: 'x' })).toBe(true);
    expect(isItemEnabled(both, { A: 1 })).toBe(false);
  });
});
