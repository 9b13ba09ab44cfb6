import type { DomainId } from '../domains/domain-ids';
import type { DomainRanking } from '../ranking/ranking-types';
import type { PriorityDecision, PriorityDecisionInput } from './decision-types';
import type { ReasonCode } from './reason-codes';
import { differsFromComputed, validateDecision } from './validate-decision';

/** A deep, JSON-safe copy, so the snapshot cannot change afterwards. */
const snapshot = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Builds the decision record from a practitioner's input and the computed
 * ranking it was made against. The computed ranking is copied as an
 * immutable snapshot; a blank reason text is stored as `null`, any other text
 * exactly as typed.
 *
 * @throws RangeError when the input is not valid; call
 * {@link validateDecision} first to show field-level messages.
 */
export function buildDecision(
  input: PriorityDecisionInput,
  computedRanking: DomainRanking,
): PriorityDecision {
  const { valid, errors } = validateDecision(input, computedRanking);
  if (!valid) {
    const fields = errors.map((e) => `${e.field}: ${e.code}`).join(', ');
    throw new RangeError(`Invalid priority decision (${fields})`);
  }
  const text = input.reasonText ?? '';
  return {
    algorithmVersion: computedRanking.algorithmVersion,
    computed: snapshot(computedRanking),
    finalOrder: [...input.order] as DomainId[],
    focusDomains: [...input.focusDomains] as DomainId[],
    reasonCode: input.reasonCode as ReasonCode,
    reasonText: text.trim() === '' ? null : text,
    differsFromComputed: differsFromComputed(input, computedRanking),
  };
}

/** Reads a stored decision back as input: the inverse of {@link buildDecision}. */
export function decisionToInput(
  decision: PriorityDecision,
): PriorityDecisionInput {
  return {
    order: [...decision.finalOrder],
    focusDomains: [...decision.focusDomains],
    reasonCode: decision.reasonCode,
    reasonText: decision.reasonText,
  };
}
