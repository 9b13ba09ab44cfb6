import type { PractitionerRole } from './auth';

/** NEN 7513 action codes: Create, Read, Update, Delete, Execute (export, print, search). */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';
export type AuditOutcome = 'success' | 'denied' | 'failure';

/**
 * Every event the API writes to the access log. The API's audit service
 * only takes these, and the web has words for each (a test checks both).
 */
export const AUDIT_EVENTS = [
  'access_log.export',
  'access_log.read',
  'appointment.create',
  'appointment.ics',
  'appointment.list',
  'appointment.read',
  'appointment.update',
  'assessment.enter',
  'assessment.read',
  'auth.invitation_invalid',
  'auth.login_blocked',
  'auth.login_failed',
  'auth.mfa_disabled',
  'auth.mfa_enrolled',
  'auth.mfa_enrolment_failed',
  'auth.mfa_failed',
  'auth.mfa_pending_invalid',
  'auth.password_change_failed',
  'auth.password_changed',
  'auth.recovery_code_used',
  'auth.recovery_codes_replaced',
  'calendar_feed.create',
  'calendar_feed.read',
  'calendar_feed.revoke',
  'check_in.read',
  'client.access_denied',
  'client.archive',
  'client.create',
  'client.erase',
  'client.export',
  'client.portal_read',
  'client.import',
  'client.read',
  'client.record_export',
  'client.restore',
  'client.search',
  'client.share',
  'client.update',
  'follow_up_schedule.delete',
  'follow_up_schedule.read',
  'follow_up_schedule.update',
  'goal.create',
  'goal.read',
  'goal.update',
  'home.read',
  'homework.assign',
  'homework.read',
  'homework.update',
  'intake.consent',
  'intake.invite',
  'intake.locked',
  'intake.read',
  'intake.revoke',
  'intake.search',
  'intake.start',
  'intake.submit',
  'intake.verify',
  'intake.verify_failed',
  'message.read',
  'message.send',
  'note.addendum',
  'note.create',
  'note.read',
  'note.sign',
  'note.update',
  'portal.check_in_draft',
  'portal.check_in_submit',
  'portal.check_ins_read',
  'portal.daily_log_save',
  'portal.home_read',
  'portal.homework_done',
  'portal.homework_read',
  'portal.homework_undo',
  'portal.invite',
  'portal.lesson_mark_read',
  'portal.lessons_read',
  'portal.message_send',
  'portal.messages_read',
  'portal.locked',
  'portal.sign_in',
  'portal.sign_in_link',
  'portal.sign_out',
  'portal.verify_failed',
  'practice.export',
  'practice.import',
  'practice.lessons_update',
  'practice.profile_update',
  'practice.security_update',
  'priority.decide',
  'priority.read',
  'red_flag.acknowledge',
  'red_flag.read',
  'report.download',
  'report.generate',
  'report.read',
  'report.view',
  'timeline.read',
] as const;
export type AuditEventCode = (typeof AUDIT_EVENTS)[number];

/** NEN 7513 action codes, in the order a filter offers them. */
export const AUDIT_ACTIONS = ['C', 'R', 'U', 'D', 'E'] as const;

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
  action?: AuditAction;
  page?: number;
  pageSize?: number;
}
