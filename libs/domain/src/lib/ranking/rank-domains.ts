import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import { needsMedicalClearance } from '../red-flags/detect-red-flags';
import { ALGORITHM_VERSION } from '../scoring/algorithm-version';
import { round1, roundHalfAwayFromZero } from '../scoring/rounding';
import {
  insufficientReason,
  soleScoreReason,
  tiedReason,
} from './ranking-reasons';
import type {
  DomainRanking,
  RankOptions,
  RankingEntry,
  RankingInput,
} from './ranking-types';
import { type Candidate, compareCandidates } from './tie-breakers';

/** Gap in whole points below which a ranking step is a close call. */
export const CLOSE_CALL_GAP = 5;

/** Suggested focus size when none is given. */
export const DEFAULT_FOCUS_COUNT = 2;

function checkOptions(order: readonly DomainId[], focusCount: number): void {
  const isPermutation =
    order.length === DOMAIN_IDS.length &&
    DOMAIN_IDS.every((domain) => order.includes(domain));
  if (!isPermutation) {
    throw new RangeError(
      'canonicalOrder must list each of the six domains exactly once',
    );
  }
  if (!Number.isInteger(focusCount) || focusCount < 1 || focusCount > 3) {
    throw new RangeError('focusCount must be a whole number from 1 to 3');
  }
}

/**
 * Why a scored domain stands where it does. A tied domain is explained
 * against its tied neighbour below (why it is above), or, as the last of its
 * tie, against the one above (why it is below); ties are contiguous after
 * sorting, so one of the two is tied when any domain is.
 */
function entryReason(
  ranked: readonly Candidate[],
  index: number,
  candidate: Candidate,
  tiedWith: readonly DomainId[],
): Localized {
  const tiedAt = (position: number): Candidate | undefined => {
    const other = ranked[position];
    return other !== undefined && other.rounded === candidate.rounded
      ? other
      : undefined;
  };
  const below = tiedAt(index + 1);
  const neighbour = below ?? tiedAt(index - 1);
  if (neighbour === undefined) {
    return soleScoreReason(candidate, ranked[index - 1]);
  }
  return tiedReason(candidate, tiedWith, neighbour, below !== undefined);
}

function scoredEntries(ranked: readonly Candidate[]): RankingEntry[] {
  return ranked.map((candidate, index) => {
    const tiedWith = ranked
      .filter(
        (other) => other !== candidate && other.rounded === candidate.rounded,
      )
      .map((other) => other.domain);
    const next = ranked[index + 1];
    return {
      domain: candidate.domain,
      score: candidate.rounded,
      rank: index + 1,
      reason: entryReason(ranked, index, candidate, tiedWith),
      tiedWith,
      closeCall:
        next !== undefined && candidate.rounded - next.rounded < CLOSE_CALL_GAP,
      insufficient: false,
    };
  });
}

function unscoredEntry(
  domain: DomainId,
  { answered, total }: RankingInput,
  rank: number,
): RankingEntry {
  return {
    domain,
    score: null,
    rank,
    reason: insufficientReason(answered, total),
    tiedWith: [],
    closeCall: false,
    insufficient: true,
  };
}

/**
 * Ranks the six domains (domain.md 4.4), deterministically: by whole-number
 * score, high to low; ties broken by more high items, then a higher top item,
 * then the client's preference, then the canonical order. Domains without a
 * score come last, in canonical order. Suggests the top `focusCount` scored
 * domains as focus.
 *
 * @throws RangeError when `canonicalOrder` is not a permutation of the six
 * domains or `focusCount` is not 1, 2 or 3.
 */
export function rankDomains(
  domainScores: Readonly<Record<DomainId, RankingInput>>,
  options: RankOptions = {},
): DomainRanking {
  const order = options.canonicalOrder ?? DOMAIN_IDS;
  const focusCount = options.focusCount ?? DEFAULT_FOCUS_COUNT;
  checkOptions(order, focusCount);
  const preferred = new Set(options.preferredDomains ?? []);
  const candidates = order.flatMap((domain, orderIndex): Candidate[] => {
    const { score, highItems, maxItem } = domainScores[domain];
    return score === null
      ? []
      : [
          {
            domain,
            rounded: roundHalfAwayFromZero(score),
            highItems,
            maxItem: maxItem === null ? -1 : round1(maxItem),
            preferred: preferred.has(domain),
            orderIndex,
          },
        ];
  });
  const scored = scoredEntries([...candidates].sort(compareCandidates));
  const unscored = order
    .filter((domain) => domainScores[domain].score === null)
    .map((domain, index) =>
      unscoredEntry(domain, domainScores[domain], scored.length + index + 1),
    );
  return {
    entries: [...scored, ...unscored],
    focus: scored.slice(0, focusCount).map((entry) => entry.domain),
    pendingMedicalClearance: needsMedicalClearance(options.openRedFlags ?? []),
    algorithmVersion: ALGORITHM_VERSION,
  };
}
