import type {
  Assessment,
  DomainId,
  PriorityView,
} from '@herstelkompas/contracts';
import type { AssessmentSnapshot, RankingEntry } from '@herstelkompas/domain';

/** What libs/domain's change functions need of an assessment. */
export function toSnapshot(assessment: Assessment): AssessmentSnapshot {
  return {
    id: assessment.id,
    date: assessment.submittedAt,
    domainScores: assessment.domainScores,
    pain: assessment.pain,
  };
}

/**
 * The assessment to compare with by default: the first intake (the oldest
 * baseline), else simply the oldest. `assessments` is newest first.
 */
export function baselineOf(
  assessments: readonly Assessment[],
): Assessment | null {
  const oldestFirst = [...assessments].reverse();
  return (
    oldestFirst.find((a) => a.variant === 'baseline') ?? oldestFirst[0] ?? null
  );
}

/** The focus the practice works on: the practitioner's decision wins. */
export interface CurrentFocus {
  domains: readonly DomainId[];
  decided: null | { by: string; at: string };
}

export function currentFocus(
  priority: PriorityView | null,
  latest: Assessment | null,
): CurrentFocus {
  const decision = priority?.decision;
  if (decision) {
    return {
      domains: decision.focusDomains,
      decided: { by: decision.decidedBy.displayName, at: decision.decidedAt },
    };
  }
  return {
    domains: priority?.computed?.focus ?? latest?.suggestedFocus ?? [],
    decided: null,
  };
}

/**
 * The computed ranking as the API keeps it current (open red flags
 * included); the latest assessment's own ranking when that is unavailable.
 */
export function computedRanking(
  priority: PriorityView | null,
  latest: Assessment | null,
): { entries: readonly RankingEntry[]; pendingMedicalClearance: boolean } {
  const computed = priority?.computed;
  if (computed) {
    return {
      entries: computed.ranking,
      pendingMedicalClearance: computed.pendingMedicalClearance,
    };
  }
  return {
    entries: latest?.ranking ?? [],
    pendingMedicalClearance: latest?.pendingMedicalClearance ?? false,
  };
}

/** "−50", "+10", "±0": in a change the sign is the point, so it is written. */
export function signed(delta: number, format: (n: number) => string): string {
  const sign = delta < 0 ? '−' : delta > 0 ? '+' : '±';
  return sign + format(Math.abs(delta));
}
