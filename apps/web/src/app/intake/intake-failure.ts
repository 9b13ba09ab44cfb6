import type { Language, PracticeContact } from '@herstelkompas/contracts';
import {
  type ApiFailure,
  isUnreachable,
  toApiFailure,
} from '../core/http/api-error';
import { type IntakeMessage, RATE_LIMITED } from './intake-errors';

/** A failed intake call: the common failure plus what the intake needs. */
export interface IntakeFailure extends ApiFailure {
  /** For 429: when to try again (ISO-8601), if the API said so. */
  retryAt: string | null;
  /** The gate fields that a 401 `intake_verify_required` carries. */
  gate: { practiceName: string | null; language: Language | null };
  /** A link the practice sent that no longer works: how to reach the practice. */
  practice: PracticeContact | null;
}

export function intakeFailure(error: unknown): IntakeFailure {
  const failure = toApiFailure(error);
  const body = bodyOf(error);
  return {
    ...failure,
    retryAt: typeof body['retryAt'] === 'string' ? body['retryAt'] : null,
    gate: {
      practiceName:
        typeof body['practiceName'] === 'string' ? body['practiceName'] : null,
      language:
        body['language'] === 'nl' || body['language'] === 'en'
          ? body['language']
          : null,
    },
    practice: contactOf(body['practice']),
  };
}

function contactOf(value: unknown): PracticeContact | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, phone, email } = value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return typeof name === 'string'
    ? { name, phone: text(phone), email: text(email) }
    : null;
}

/** No answer, or the server failed: worth trying again later. */
export function isTransient(failure: ApiFailure): boolean {
  return (
    failure.status === 0 || failure.status === 429 || failure.status >= 500
  );
}

function bodyOf(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null || !('error' in error)) {
    return {};
  }
  const body = (error as { error: unknown }).error;
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)
    : {};
}

/** Screens any intake call can lead to, whatever the call was. */
export type FailureScreen = 'gate' | 'consent' | 'unavailable' | 'locked';

/**
 * 401: the date-of-birth check (again); 403 consent_required: the consent;
 * 404, or a 400 about the link itself (cut short or mistyped when copied):
 * the link does not work; 423: locked. Null: stay where you are.
 */
export function screenFor(failure: IntakeFailure): FailureScreen | null {
  if (
    failure.status === 400 &&
    failure.details.some((d) => d.field === 'token')
  )
    return 'unavailable';
  switch (failure.status) {
    case 401:
      return 'gate';
    case 403:
      return failure.code === 'consent_required' ? 'consent' : null;
    case 404:
      return 'unavailable';
    case 423:
      return 'locked';
    default:
      return null;
  }
}

/** What to tell the client calmly: wait a moment, or try again soon. */
export function calmMessage(failure: IntakeFailure): IntakeMessage {
  if (failure.status === 429) return RATE_LIMITED;
  if (isUnreachable(failure) || !failure.message) {
    return { key: 'intake.unreachable' };
  }
  return { text: failure.message };
}
