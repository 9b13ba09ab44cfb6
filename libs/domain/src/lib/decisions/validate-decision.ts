import { DOMAIN_IDS, isDomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import type { DomainRanking } from '../ranking/ranking-types';
import { textLength } from '../validation/check-answer';
import { DECISION_MESSAGES } from './decision-messages';
import {
  type DecisionError,
  type DecisionErrorCodes,
  type DecisionField,
  type DecisionValidation,
  type PriorityDecisionInput,
  REASON_TEXT_MAX_LENGTH,
} from './decision-types';
import { isReasonCode } from './reason-codes';

const isStringList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

const hasDuplicates = (list: readonly string[]): boolean =>
  new Set(list).size !== list.length;

function orderError(order: unknown): DecisionErrorCodes['order'] | null {
  if (!isStringList(order)) {
    return 'wrong_type';
  }
  if (!order.every(isDomainId)) {
    return 'unknown_domain';
  }
  if (hasDuplicates(order)) {
    return 'duplicate_domain';
  }
  return order.length === DOMAIN_IDS.length ? null : 'incomplete_order';
}

function focusError(
  focus: unknown,
  order: unknown,
): DecisionErrorCodes['focusDomains'] | null {
  if (!isStringList(focus)) {
    return 'wrong_type';
  }
  if (focus.length === 0) {
    return 'too_few';
  }
  if (focus.length > 3) {
    return 'too_many';
  }
  if (!focus.every(isDomainId)) {
    return 'unknown_domain';
  }
  if (hasDuplicates(focus)) {
    return 'duplicate_domain';
  }
  const inOrder = isStringList(order) ? order : [];
  return focus.every((d) => inOrder.includes(d)) ? null : 'not_in_order';
}

function reasonCodeError(
  code: unknown,
): DecisionErrorCodes['reasonCode'] | null {
  if (code === undefined || code === null || code === '') {
    return 'required';
  }
  return isReasonCode(code) ? null : 'unknown_reason_code';
}

function reasonTextError(
  text: unknown,
  required: boolean,
): DecisionErrorCodes['reasonText'] | null {
  if (text !== undefined && text !== null && typeof text !== 'string') {
    return 'wrong_type';
  }
  if (typeof text === 'string' && textLength(text) > REASON_TEXT_MAX_LENGTH) {
    return 'too_long';
  }
  const blank = typeof text !== 'string' || text.trim() === '';
  return required && blank ? 'required' : null;
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Whether an order or focus differs from the computed ranking. The order is
 * compared in sequence; the focus as a set (which domain is named first does
 * not change the focus). Malformed input always differs.
 */
export function differsFromComputed(
  input: Pick<PriorityDecisionInput, 'order' | 'focusDomains'>,
  computed: DomainRanking,
): boolean {
  const computedOrder = computed.entries.map((entry) => entry.domain);
  if (!isStringList(input.order) || !isStringList(input.focusDomains)) {
    return true;
  }
  const sameOrder =
    input.order.length === computedOrder.length &&
    input.order.every((domain, index) => domain === computedOrder[index]);
  return !sameOrder || !sameSet(input.focusDomains, computed.focus);
}

/**
 * Validates a practitioner's decision against the computed ranking
 * (domain.md 4.5): `order` a permutation of the six domains; `focusDomains`
 * 1-3 distinct domains that are in the order (not necessarily at its top);
 * `reasonCode` known; `reasonText` at most 2000 characters and required
 * (non-blank) when order or focus differs from the computed one.
 */
export function validateDecision(
  input: PriorityDecisionInput,
  computedRanking: DomainRanking,
): DecisionValidation {
  const errors: DecisionError[] = [];
  const add = <F extends DecisionField>(
    field: F,
    code: DecisionErrorCodes[F] | null,
  ): void => {
    if (code !== null) {
      const messages: Readonly<Record<DecisionErrorCodes[F], Localized>> =
        DECISION_MESSAGES[field];
      errors.push({ field, code, message: messages[code] });
    }
  };
  add('order', orderError(input.order));
  add('focusDomains', focusError(input.focusDomains, input.order));
  add('reasonCode', reasonCodeError(input.reasonCode));
  add(
    'reasonText',
    reasonTextError(
      input.reasonText,
      differsFromComputed(input, computedRanking),
    ),
  );
  return { valid: errors.length === 0, errors };
}
