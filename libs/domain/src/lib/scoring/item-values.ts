import {
  type AnswerValue,
  type Answers,
  PREFER_NOT_TO_SAY,
  hasAnswer,
} from '../instruments/answers';
import { isItemEnabled } from '../instruments/enable-when';
import type { InstrumentItem, Keying } from '../instruments/instrument-types';
import { applyMapping } from '../instruments/quantitative-mappings';
import { checkAnswerValue } from '../validation/check-answer';
import { roundHalfAwayFromZero } from './rounding';

/**
 * What became of one item when scoring:
 * - `answered`: it has a 0-10 disturbance value;
 * - `unanswered` / `declined` (prefer not to say) / `invalid`: no value, but
 *   it still counts in the domain's number of items;
 * - `not_applicable` (IMM2 "n.v.t.") and `disabled` (enableWhen false): left
 *   out of the count altogether.
 */
export type ItemStatus =
  | 'answered'
  | 'unanswered'
  | 'declined'
  | 'invalid'
  | 'not_applicable'
  | 'disabled';

/** One item's transformed value `s` in [0, 10], or `null` with the reason. */
export interface ItemValue {
  readonly itemId: string;
  readonly status: ItemStatus;
  readonly value: number | null;
}

/** Statuses that keep an item in its domain's count (domain.md 4.3). */
export const COUNTED_STATUSES: readonly ItemStatus[] = [
  'answered',
  'unanswered',
  'declined',
  'invalid',
];

function transform(
  keying: Keying,
  value: AnswerValue,
): number | null | undefined {
  if (keying.kind === 'mapping') {
    return typeof value === 'number' || typeof value === 'string'
      ? applyMapping(keying.mapping, value)
      : undefined;
  }
  if (typeof value !== 'number') {
    return undefined;
  }
  // Every scale is 0-10, so reversing is 10 - x (domain.md 4.1).
  return keying.kind === 'reversed' ? 10 - value : value;
}

/**
 * Turns one answer into its disturbance value `s` (domain.md 4.1): normal
 * `s = x`, reversed `s = 10 - x`, or the named quantitative mapping; clamped
 * to [0, 10] and cleared of floating-point noise (9 decimals).
 */
export function evaluateItem(
  item: InstrumentItem,
  keying: Keying,
  answers: Answers,
): ItemValue {
  const raw = answers[item.id];
  const result = (status: ItemStatus, value: number | null = null) => ({
    itemId: item.id,
    status,
    value,
  });
  if (!isItemEnabled(item, answers)) {
    return result('disabled');
  }
  if (!hasAnswer(raw)) {
    return result('unanswered');
  }
  if (raw === PREFER_NOT_TO_SAY && item.allowPreferNotToSay) {
    return result('declined');
  }
  const s =
    checkAnswerValue(item, raw) === null ? transform(keying, raw) : undefined;
  if (s === undefined) {
    return result('invalid');
  }
  if (s === null) {
    return result('not_applicable');
  }
  const clamped = Math.min(10, Math.max(0, s));
  return result('answered', roundHalfAwayFromZero(clamped, 9));
}
