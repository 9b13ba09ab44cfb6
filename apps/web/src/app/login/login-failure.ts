import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@herstelkompas/contracts';

/** Why a sign-in attempt failed, in terms the login page can explain. */
export type LoginFailure =
  | { kind: 'invalidCredentials' }
  | { kind: 'invalidCode' }
  | { kind: 'pendingExpired' }
  | { kind: 'locked'; retryAt: Date | null }
  | { kind: 'unreachable' }
  | { kind: 'unexpected' };

export function toLoginFailure(error: unknown): LoginFailure {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'unexpected' };
  const { status } = error;
  if (status === 401) {
    const code = (error.error as Partial<ApiErrorBody> | null)?.code;
    if (code === 'mfa_invalid_code') return { kind: 'invalidCode' };
    if (code === 'mfa_pending_expired') return { kind: 'pendingExpired' };
    return { kind: 'invalidCredentials' };
  }
  if (status === 423 || status === 429) {
    return { kind: 'locked', retryAt: retryAt(error.error) };
  }
  // 0: no answer at all (offline, server down); 5xx: the server failed.
  // A proxy without a running API answers 502/504.
  if (status === 0 || status >= 500) return { kind: 'unreachable' };
  return { kind: 'unexpected' };
}

function retryAt(body: unknown): Date | null {
  const value = (body as Partial<ApiErrorBody> | null)?.retryAt;
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
