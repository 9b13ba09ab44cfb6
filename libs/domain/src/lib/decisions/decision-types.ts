import type { DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import type { DomainRanking } from '../ranking/ranking-types';
import type { ReasonCode } from './reason-codes';

/** Longest reason text a practitioner may write. */
export const REASON_TEXT_MAX_LENGTH = 2000;

/**
 * What a practitioner submits: loosely typed (strings), because it comes from
 * a request body; {@link validateDecision} checks it.
 */
export interface PriorityDecisionInput {
  /** The final order: a permutation of the six domains. */
  readonly order: readonly string[];
  /** 1-3 distinct domains from the order (not necessarily its top). */
  readonly focusDomains: readonly string[];
  readonly reasonCode: string;
  /** Required when order or focus differs from the computed one. */
  readonly reasonText?: string | null;
}

/**
 * The decision as stored (domain.md 4.5, without ids and timestamps, which
 * the API adds). Append-only: a new decision supersedes, never updates.
 */
export interface PriorityDecision {
  readonly algorithmVersion: string;
  /** Immutable snapshot of the computed ranking the practitioner saw. */
  readonly computed: DomainRanking;
  readonly finalOrder: readonly DomainId[];
  readonly focusDomains: readonly DomainId[];
  readonly reasonCode: ReasonCode;
  /** `null` when left blank. */
  readonly reasonText: string | null;
  /** Order or focus differs from the computed one ("Gekozen door behandelaar"). */
  readonly differsFromComputed: boolean;
}

/** Field of {@link PriorityDecisionInput} an error belongs to. */
export type DecisionField =
  'order' | 'focusDomains' | 'reasonCode' | 'reasonText';

/** Why each decision field can be refused. */
export interface DecisionErrorCodes {
  readonly order:
    'wrong_type' | 'unknown_domain' | 'duplicate_domain' | 'incomplete_order';
  readonly focusDomains:
    | 'wrong_type'
    | 'too_few'
    | 'too_many'
    | 'unknown_domain'
    | 'duplicate_domain'
    | 'not_in_order';
  readonly reasonCode: 'required' | 'unknown_reason_code';
  readonly reasonText: 'wrong_type' | 'required' | 'too_long';
}

/** Why a decision field was refused. */
export type DecisionErrorCode = DecisionErrorCodes[DecisionField];

/** One refused field, with a message for the practitioner. */
export interface DecisionError {
  readonly field: DecisionField;
  readonly code: DecisionErrorCode;
  readonly message: Localized;
}

/** Result of {@link validateDecision}. */
export interface DecisionValidation {
  readonly valid: boolean;
  /** At most one error per field. */
  readonly errors: readonly DecisionError[];
}
