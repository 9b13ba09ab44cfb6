import type { PractitionerRole } from './auth';

/** NEN 7513 action codes: Create, Read, Update, Delete, Execute (export, print, search). */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';
export type AuditOutcome = 'success' | 'denied' | 'failure';

/** One line of the access log, as the owner (and the client, on request) sees it. */
export interface AccessLogEntry {
  id: string;
  occurredAt: string;
  event: string;
  action: AuditAction;
  clientId: string | null;
  user: { id: string; displayName: string } | null;
  /** The responsible practitioner on whose behalf the user acted. */
  onBehalfOf: { id: string; displayName: string } | null;
  role: PractitionerRole | null;
  outcome: AuditOutcome;
  /** Which part of the record, e.g. `profile`, `list`, `access_log`. */
  part: string;
  ip: string | null;
  userAgent: string | null;
  /** Search filters and similar; never health content. */
  details: Record<string, unknown> | null;
}

/** Query of the access-log endpoints. */
export interface AccessLogQuery {
  from?: string;
  to?: string;
  practitionerId?: string;
  page?: number;
  pageSize?: number;
}
