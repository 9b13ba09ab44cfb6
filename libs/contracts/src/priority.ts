import type { DomainId, RankingEntry, ReasonCode } from '@herstelkompas/domain';

/** The computed priority, from the latest assessment, through libs/domain. */
export interface ComputedPriority {
  assessmentId: string;
  assessedAt: string;
  algorithmVersion: string;
  ranking: RankingEntry[];
  focus: DomainId[];
  /** An urgent or GP-review red flag is still open: "in afwachting van medische beoordeling". */
  pendingMedicalClearance: boolean;
}

/** A practitioner's decision, append-only: a new one supersedes, none is changed. */
export interface PriorityDecisionRecord {
  id: string;
  assessmentId: string;
  algorithmVersion: string;
  /** The computed ranking as it was when the decision was made. */
  computedRanking: RankingEntry[];
  order: DomainId[];
  focusDomains: DomainId[];
  reasonCode: ReasonCode;
  reasonText: string | null;
  differsFromComputed: boolean;
  decidedBy: { id: string; displayName: string };
  decidedAt: string;
  supersedesId: string | null;
}

/** `GET /api/clients/:id/priority`. `computed` is null before the first assessment. */
export interface PriorityView {
  computed: ComputedPriority | null;
  decision: PriorityDecisionRecord | null;
  history: PriorityDecisionRecord[];
}

/** Body of `POST /api/clients/:id/priority-decisions`. */
export interface CreatePriorityDecisionRequest {
  order: string[];
  focusDomains: string[];
  reasonCode: string;
  reasonText?: string | null;
}
