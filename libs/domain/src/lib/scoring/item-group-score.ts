import type { Answers } from '../instruments/answers';
import type { InstrumentItem, Keying } from '../instruments/instrument-types';
import { COUNTED_STATUSES, type ItemValue, evaluateItem } from './item-values';
import { round1 } from './rounding';

/** An s-value of 7 or more counts as a "high item" (domain.md 4.3). */
export const HIGH_ITEM_THRESHOLD = 7;

/** Share of a group's counted items that must be answered for a score. */
export const MINIMUM_ANSWERED_SHARE = 0.6;

/** A 0-100 score of a group of keyed items, with what it was built from. */
export interface ItemGroupScore {
  /** 0-100, one decimal (half away from zero); `null` below the minimum. */
  readonly score: number | null;
  readonly reason: 'insufficient_answers' | null;
  /** Items with a value. */
  readonly answered: number;
  /** Counted items: enabled and applicable, answered or not. */
  readonly total: number;
  /** ceil(60 % of total): fewer answered items give no score. */
  readonly minimumAnswered: number;
  /** Items with s >= 7. */
  readonly highItems: number;
  /** Highest s, or `null` when nothing is answered. */
  readonly maxItem: number | null;
  readonly items: readonly ItemValue[];
}

/** A keyed item: the items that make up a score. */
export type KeyedItem = InstrumentItem & { readonly keying: Keying };

/** ceil(0.6 x total) in whole numbers, so 0.6 x 5 cannot become 3.0000001. */
export function minimumAnsweredFor(total: number): number {
  return Math.ceil((total * 3) / 5);
}

/**
 * Scores a group of keyed items (domain.md 4.3):
 * `round1(10 x sum(w s) / sum(w))` over the answered items, or `null` when
 * fewer than ceil(60 %) of the counted items are answered.
 */
export function scoreItemGroup(
  items: readonly KeyedItem[],
  answers: Answers,
): ItemGroupScore {
  const entries = items.map((item) => ({
    weight: item.weight ?? 1,
    itemValue: evaluateItem(item, item.keying, answers),
  }));
  const counted = entries.filter(({ itemValue }) =>
    COUNTED_STATUSES.includes(itemValue.status),
  );
  let weightSum = 0;
  let weighted = 0;
  const scored: number[] = [];
  for (const { weight, itemValue } of counted) {
    if (itemValue.value !== null) {
      weightSum += weight;
      weighted += weight * itemValue.value;
      scored.push(itemValue.value);
    }
  }
  const minimumAnswered = minimumAnsweredFor(counted.length);
  const sufficient = scored.length >= minimumAnswered && weightSum > 0;
  return {
    score: sufficient ? round1((10 * weighted) / weightSum) : null,
    reason: sufficient ? null : 'insufficient_answers',
    answered: scored.length,
    total: counted.length,
    minimumAnswered,
    highItems: scored.filter((s) => s >= HIGH_ITEM_THRESHOLD).length,
    maxItem: scored.length > 0 ? Math.max(...scored) : null,
    items: entries.map(({ itemValue }) => itemValue),
  };
}

/** Whether an item carries a keying, i.e. takes part in a score. */
export function isKeyed(item: InstrumentItem): item is KeyedItem {
  return item.keying !== undefined;
}
