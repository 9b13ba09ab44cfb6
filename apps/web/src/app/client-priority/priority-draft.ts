import type {
  ComputedPriority,
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import type {
  DomainId,
  DomainRanking,
  PriorityDecisionInput,
  ReasonCode,
} from '@herstelkompas/domain';

/** What the practitioner is choosing on the board. */
export interface PriorityDraft {
  order: DomainId[];
  focus: DomainId[];
  reasonCode: ReasonCode | '';
  reasonText: string;
}

/** The most focus domains a decision may have (libs/domain says the same). */
export const MAX_FOCUS = 3;

/** The API's computed priority in the shape libs/domain validates against. */
export function toRanking(computed: ComputedPriority): DomainRanking {
  return {
    entries: computed.ranking,
    focus: computed.focus,
    pendingMedicalClearance: computed.pendingMedicalClearance,
    algorithmVersion: computed.algorithmVersion,
  };
}

/**
 * Where the board starts: the latest decision when it was made on this
 * assessment, otherwise the computed order and focus with no reason yet.
 */
export function initialDraft(view: PriorityView): PriorityDraft | null {
  const computed = view.computed;
  if (!computed) return null;
  const decision = currentDecision(view);
  if (decision) {
    return {
      order: [...decision.order],
      focus: [...decision.focusDomains],
      reasonCode: decision.reasonCode,
      reasonText: decision.reasonText ?? '',
    };
  }
  return { ...computedChoice(computed), reasonCode: '', reasonText: '' };
}

/** The latest decision, if it belongs to the current assessment. */
export function currentDecision(
  view: PriorityView,
): PriorityDecisionRecord | null {
  const decision = view.decision;
  return decision && decision.assessmentId === view.computed?.assessmentId
    ? decision
    : null;
}

export function computedChoice(
  computed: ComputedPriority,
): Pick<PriorityDraft, 'order' | 'focus'> {
  return {
    order: computed.ranking.map((entry) => entry.domain),
    focus: [...computed.focus],
  };
}

/** The draft as libs/domain and the API read it; focus in list order. */
export function toDecisionInput(draft: PriorityDraft): PriorityDecisionInput {
  return {
    order: draft.order,
    focusDomains: draft.order.filter((d) => draft.focus.includes(d)),
    reasonCode: draft.reasonCode,
    reasonText: draft.reasonText.trim() === '' ? null : draft.reasonText,
  };
}

/** A copy of `order` with the item at `from` moved to `to`. */
export function moveItem(
  order: readonly DomainId[],
  from: number,
  to: number,
): DomainId[] {
  const next = [...order];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

export function sameDraft(a: PriorityDraft, b: PriorityDraft): boolean {
  return (
    a.order.join() === b.order.join() &&
    [...a.focus].sort().join() === [...b.focus].sort().join() &&
    a.reasonCode === b.reasonCode &&
    a.reasonText.trim() === b.reasonText.trim()
  );
}
