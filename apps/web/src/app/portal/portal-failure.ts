import { HttpErrorResponse } from '@angular/common/http';
import type { PortalContact } from '@herstelkompas/contracts';

/** What the landing page shows after a refused link or date of birth. */
export type LinkFailure =
  | { kind: 'unavailable'; contact: PortalContact | null }
  | { kind: 'locked'; contact: PortalContact | null }
  | { kind: 'verify'; message: string | null }
  | { kind: 'verify_required' }
  | { kind: 'error' };

/** Reads the API's answer: used, expired or locked links name whom to contact. */
export function linkFailure(error: unknown): LinkFailure {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'error' };
  const body = (error.error ?? {}) as {
    code?: string;
    message?: string;
    contact?: PortalContact;
  };
  const contact = body.contact ?? null;
  if (error.status === 404) return { kind: 'unavailable', contact };
  if (error.status === 423) return { kind: 'locked', contact };
  if (error.status === 401 && body.code === 'portal_verify_required')
    return { kind: 'verify_required' };
  if (error.status === 401 && body.code === 'portal_verify_failed')
    return { kind: 'verify', message: body.message ?? null };
  if (error.status === 429)
    return { kind: 'verify', message: body.message ?? null };
  return { kind: 'error' };
}
