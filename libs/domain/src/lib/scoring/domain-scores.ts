import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { Answers } from '../instruments/answers';
import type { InstrumentDefinition } from '../instruments/instrument-types';
import { ALGORITHM_VERSION } from './algorithm-version';
import { type Band, bandFor } from './bands';
import {
  type ItemGroupScore,
  isKeyed,
  scoreItemGroup,
} from './item-group-score';

/**
 * The disturbance score of one domain (domain.md 4.3): 0-100, higher = more
 * disturbed, or `null` with `reason: 'insufficient_answers'`.
 */
export interface DomainScore extends ItemGroupScore {
  readonly domain: DomainId;
  readonly band: Band | null;
  readonly algorithmVersion: string;
}

/** Scores of all six domains, keyed by id in canonical order. */
export type DomainScores = Readonly<Record<DomainId, DomainScore>>;

/**
 * Scores the six domains of an instrument. Only keyed domain items count;
 * flag items (SLA-F, IMM-F) and everything outside the domains never do. A
 * domain the instrument does not ask about comes back as insufficient.
 */
export function scoreDomains(
  definition: InstrumentDefinition,
  answers: Answers,
): DomainScores {
  const entries = DOMAIN_IDS.map((domain): [DomainId, DomainScore] => {
    const items = definition.items
      .filter((item) => item.domain === domain)
      .filter(isKeyed);
    const group = scoreItemGroup(items, answers);
    return [
      domain,
      {
        domain,
        ...group,
        band: bandFor(group.score),
        algorithmVersion: ALGORITHM_VERSION,
      },
    ];
  });
  return Object.fromEntries(entries) as Record<DomainId, DomainScore>;
}
