import type { DomainId } from '../domains/domain-ids';

/** A scored domain as the ranking compares it. */
export interface Candidate {
  readonly domain: DomainId;
  /** Whole-number score. */
  readonly rounded: number;
  readonly highItems: number;
  /** Top item at one decimal (as shown); -1 when none. */
  readonly maxItem: number;
  readonly preferred: boolean;
  /** Position in the canonical order. */
  readonly orderIndex: number;
}

/** The rules that order two domains, in the order they are applied. */
export type Criterion =
  'score' | 'high_items' | 'max_item' | 'preference' | 'canonical_order';

/** Larger comes first for every criterion. */
const VALUE: Readonly<Record<Criterion, (c: Candidate) => number>> = {
  score: (c) => c.rounded,
  high_items: (c) => c.highItems,
  max_item: (c) => c.maxItem,
  preference: (c) => (c.preferred ? 1 : 0),
  canonical_order: (c) => -c.orderIndex,
};

const BEFORE_CANONICAL: readonly Criterion[] = [
  'score',
  'high_items',
  'max_item',
  'preference',
];

/**
 * The first rule that tells two domains apart (domain.md 4.4): whole-number
 * score, then high items, then top item, then the client's preference, and
 * finally the canonical order, which always decides.
 */
export function decidingCriterion(a: Candidate, b: Candidate): Criterion {
  for (const criterion of BEFORE_CANONICAL) {
    if (VALUE[criterion](a) !== VALUE[criterion](b)) {
      return criterion;
    }
  }
  return 'canonical_order';
}

/** Sort comparator: negative when `a` ranks before `b`. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  const value = VALUE[decidingCriterion(a, b)];
  return value(b) - value(a);
}

/** The value a criterion compares, for use in reasons. */
export function criterionValue(criterion: Criterion, c: Candidate): number {
  return VALUE[criterion](c);
}
