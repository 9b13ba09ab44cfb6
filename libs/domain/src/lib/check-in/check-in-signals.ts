import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';

/** The 0-10 answers of one weekly check-in, as the signals need them. */
export interface CheckInValues {
  readonly painNow: number;
  readonly domains: Readonly<Record<DomainId, number>>;
  readonly movementSafety: number;
}

/** A worsening worth the practitioner's attention. */
export interface CheckInWorsening {
  /** `pain`, or the focus domain that got worse. */
  readonly what: 'pain' | DomainId;
  readonly from: number;
  readonly to: number;
}

/** Points of worsening between two check-ins that the practitioner sees (domain.md 6.3). */
export const CHECK_IN_WORSENING_POINTS = 2;

/** Days without a check-in after which a portal client is named on Vandaag. */
export const CHECK_IN_SILENCE_DAYS = 14;

/**
 * What got at least `points` worse from the previous check-in to the latest:
 * pain, and each focus domain (the practitioner's confirmed priority), in
 * canonical order. Other domains are left out on purpose: the heuristic is
 * about what the practitioner works on. Higher is worse on all these scales.
 */
export function checkInWorsening(
  previous: CheckInValues,
  latest: CheckInValues,
  focus: readonly DomainId[],
  points: number = CHECK_IN_WORSENING_POINTS,
): CheckInWorsening[] {
  const found: CheckInWorsening[] = [];
  if (latest.painNow - previous.painNow >= points)
    found.push({ what: 'pain', from: previous.painNow, to: latest.painNow });
  for (const domain of DOMAIN_IDS) {
    if (!focus.includes(domain)) continue;
    const from = previous.domains[domain];
    const to = latest.domains[domain];
    if (to - from >= points) found.push({ what: domain, from, to });
  }
  return found;
}

/** One point of a check-in series: the week's date and the answer. */
export interface CheckInPoint {
  readonly at: string;
  readonly value: number;
}

/** The check-in series for trend charts, oldest first. */
export interface CheckInSeries {
  readonly painNow: CheckInPoint[];
  readonly movementSafety: CheckInPoint[];
  readonly domains: Record<DomainId, CheckInPoint[]>;
}

/**
 * Per-scale series from check-ins given in any order, oldest first, for the
 * small trend charts. They stay their own series, never merged with the
 * intake's 0-100 domain scores.
 */
export function checkInSeries(
  checkIns: readonly (CheckInValues & { readonly at: string })[],
): CheckInSeries {
  const sorted = [...checkIns].sort((a, b) => a.at.localeCompare(b.at));
  const domains = Object.fromEntries(
    DOMAIN_IDS.map((domain) => [
      domain,
      sorted.map((c) => ({ at: c.at, value: c.domains[domain] })),
    ]),
  ) as Record<DomainId, CheckInPoint[]>;
  return {
    painNow: sorted.map((c) => ({ at: c.at, value: c.painNow })),
    movementSafety: sorted.map((c) => ({ at: c.at, value: c.movementSafety })),
    domains,
  };
}
