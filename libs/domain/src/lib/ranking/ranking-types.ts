import type { DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import type { RedFlag } from '../red-flags/detect-red-flags';
import type { DomainScore } from '../scoring/domain-scores';

/** What the ranking needs of a domain score. */
export type RankingInput = Pick<
  DomainScore,
  'score' | 'highItems' | 'maxItem' | 'answered' | 'total'
>;

/** Options of {@link rankDomains}. */
export interface RankOptions {
  /** The client's preferred starting domains (tie-breaker c). */
  readonly preferredDomains?: readonly DomainId[];
  /**
   * Last tie-breaker, for determinism only (a product setting, not a clinical
   * claim). A permutation of the six domains; default the form order.
   */
  readonly canonicalOrder?: readonly DomainId[];
  /** How many domains to suggest as focus: 1-3, default 2. */
  readonly focusCount?: number;
  /** Red flags still open; any non-advice flag marks the list as pending. */
  readonly openRedFlags?: readonly Pick<RedFlag, 'urgency'>[];
}

/** One domain's place in the ranking, with the reason in words. */
export interface RankingEntry {
  readonly domain: DomainId;
  /** The score rounded to a whole number (what the ranking uses), or null. */
  readonly score: number | null;
  /** 1-6; insufficient domains come after every scored one. */
  readonly rank: number;
  /** Why it stands here, short and human (nl/en). */
  readonly reason: Localized;
  /** Other scored domains with the same whole-number score, in rank order. */
  readonly tiedWith: readonly DomainId[];
  /** The gap to the next scored domain is under 5 points. */
  readonly closeCall: boolean;
  /** No score: fewer than 60 % of the items answered. */
  readonly insufficient: boolean;
}

/** The computed priority (domain.md 4.4). */
export interface DomainRanking {
  /** All six domains, in rank order. */
  readonly entries: readonly RankingEntry[];
  /** Suggested focus: the top scored domains. */
  readonly focus: readonly DomainId[];
  /** A red flag needs medical clearance before the focus is acted on. */
  readonly pendingMedicalClearance: boolean;
  readonly algorithmVersion: string;
}
