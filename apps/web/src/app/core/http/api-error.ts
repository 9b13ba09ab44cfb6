import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, FieldError } from '@herstelkompas/contracts';

/** What went wrong with a call, in the terms the screens need. */
export interface ApiFailure {
  /** HTTP status; 0 when the server did not answer at all. */
  status: number;
  /** The API's stable code, e.g. `conflict`, `last_owner`. */
  code: string | null;
  /** The API's message, already in the user's language, if it sent one. */
  message: string | null;
  /** Field-level problems of a 400. */
  details: FieldError[];
}

export function toApiFailure(error: unknown): ApiFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: null, message: null, details: [] };
  }
  const body = (
    typeof error.error === 'object' && error.error !== null ? error.error : {}
  ) as Partial<ApiErrorBody>;
  return {
    status: error.status,
    code: typeof body.code === 'string' ? body.code : null,
    message: typeof body.message === 'string' ? body.message : null,
    details: Array.isArray(body.details) ? body.details : [],
  };
}

/**
 * No answer, or the server (or a proxy in front of it) failed: the user can
 * only wait and retry, so the message says that rather than the raw text.
 */
export function isUnreachable(failure: ApiFailure): boolean {
  return failure.status === 0 || failure.status >= 500;
}
