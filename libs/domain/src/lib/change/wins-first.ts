import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { roundHalfAwayFromZero } from '../scoring/rounding';
import type { AssessmentSnapshot } from './change-types';

/** One domain for the client: whole points, as every client-facing score. */
export interface ClientDomainChange {
  readonly domain: DomainId;
  readonly first: number | null;
  readonly latest: number | null;
  /** latest - first; below zero is better. Null when either is missing. */
  readonly change: number | null;
}

/** What the client's own page shows of their intakes, wins first. */
export interface WinsFirst {
  /** Improved domains first (most improved first), then the rest in canonical order. */
  readonly domains: readonly ClientDomainChange[];
  /** The domain that improved most, named before anything else; null when none improved. */
  readonly biggestWin: DomainId | null;
}

const whole = (value: number | null): number | null =>
  value === null ? null : roundHalfAwayFromZero(value);

/**
 * First intake against the latest, ordered so the client reads what went
 * well first. Ties keep the canonical domain order. With one intake there is
 * no change yet, and no win is claimed.
 */
export function winsFirst(
  first: AssessmentSnapshot,
  latest: AssessmentSnapshot,
): WinsFirst {
  const rows = DOMAIN_IDS.map((domain): ClientDomainChange => {
    const before = whole(first.domainScores[domain].score);
    const after = whole(latest.domainScores[domain].score);
    return {
      domain,
      first: before,
      latest: after,
      change: before === null || after === null ? null : after - before,
    };
  });
  const improved = rows
    .filter((r) => r.change !== null && r.change < 0)
    .sort((a, b) => (a.change as number) - (b.change as number));
  const rest = rows.filter((r) => !improved.includes(r));
  return {
    domains: [...improved, ...rest],
    biggestWin: improved[0]?.domain ?? null,
  };
}
