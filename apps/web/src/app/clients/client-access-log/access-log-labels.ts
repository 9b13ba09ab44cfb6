import type { AuditEventCode } from '@herstelkompas/contracts';
import type { TranslationKey } from '../../core/i18n/translations';

/**
 * Human words for every audit event the API records (contracts'
 * AUDIT_EVENTS): a code missing here does not compile.
 */
export const EVENT_LABELS: Readonly<Record<AuditEventCode, TranslationKey>> = {
  'access_log.export': 'accessLog.events.logExport',
  'access_log.read': 'accessLog.events.logRead',
  'appointment.create': 'accessLog.events.appointmentCreate',
  'appointment.ics': 'accessLog.events.appointmentIcs',
  'appointment.list': 'accessLog.events.appointmentList',
  'appointment.read': 'accessLog.events.appointmentRead',
  'appointment.update': 'accessLog.events.appointmentUpdate',
  'assessment.enter': 'accessLog.events.assessmentEnter',
  'assessment.read': 'accessLog.events.assessmentRead',
  'auth.invitation_invalid': 'accessLog.events.invitationInvalid',
  'auth.login_blocked': 'accessLog.events.loginBlocked',
  'auth.login_failed': 'accessLog.events.loginFailed',
  'auth.mfa_disabled': 'accessLog.events.mfaDisabled',
  'auth.mfa_enrolled': 'accessLog.events.mfaEnrolled',
  'auth.mfa_enrolment_failed': 'accessLog.events.mfaEnrolmentFailed',
  'auth.mfa_failed': 'accessLog.events.mfaFailed',
  'auth.mfa_pending_invalid': 'accessLog.events.mfaPendingInvalid',
  'auth.password_change_failed': 'accessLog.events.passwordChangeFailed',
  'auth.password_changed': 'accessLog.events.passwordChanged',
  'auth.recovery_code_used': 'accessLog.events.recoveryCodeUsed',
  'auth.recovery_codes_replaced': 'accessLog.events.recoveryCodesReplaced',
  'calendar_feed.create': 'accessLog.events.calendarFeedCreate',
  'calendar_feed.read': 'accessLog.events.calendarFeedRead',
  'calendar_feed.revoke': 'accessLog.events.calendarFeedRevoke',
  'client.access_denied': 'accessLog.events.accessDenied',
  'client.archive': 'accessLog.events.clientArchive',
  'client.create': 'accessLog.events.clientCreate',
  'client.erase': 'accessLog.events.clientErase',
  'client.export': 'accessLog.events.clientExport',
  'client.import': 'accessLog.events.clientImport',
  'client.read': 'accessLog.events.clientRead',
  'client.record_export': 'accessLog.events.clientRecordExport',
  'client.restore': 'accessLog.events.clientRestore',
  'client.search': 'accessLog.events.clientSearch',
  'client.share': 'accessLog.events.clientShare',
  'client.update': 'accessLog.events.clientUpdate',
  'goal.create': 'accessLog.events.goalCreate',
  'goal.read': 'accessLog.events.goalRead',
  'goal.update': 'accessLog.events.goalUpdate',
  'home.read': 'accessLog.events.homeRead',
  'intake.consent': 'accessLog.events.intakeConsent',
  'intake.invite': 'accessLog.events.intakeInvite',
  'intake.locked': 'accessLog.events.intakeLocked',
  'intake.read': 'accessLog.events.intakeRead',
  'intake.revoke': 'accessLog.events.intakeRevoke',
  'intake.search': 'accessLog.events.intakeSearch',
  'intake.start': 'accessLog.events.intakeStart',
  'intake.submit': 'accessLog.events.intakeSubmit',
  'intake.verify': 'accessLog.events.intakeVerify',
  'intake.verify_failed': 'accessLog.events.intakeVerifyFailed',
  'note.addendum': 'accessLog.events.noteAddendum',
  'note.create': 'accessLog.events.noteCreate',
  'note.read': 'accessLog.events.noteRead',
  'note.sign': 'accessLog.events.noteSign',
  'note.update': 'accessLog.events.noteUpdate',
  'practice.export': 'accessLog.events.practiceExport',
  'practice.import': 'accessLog.events.practiceImport',
  'practice.profile_update': 'accessLog.events.practiceProfileUpdate',
  'practice.security_update': 'accessLog.events.practiceSecurityUpdate',
  'priority.decide': 'accessLog.events.priorityDecide',
  'priority.read': 'accessLog.events.priorityRead',
  'red_flag.acknowledge': 'accessLog.events.redFlagAcknowledge',
  'red_flag.read': 'accessLog.events.redFlagRead',
  'report.download': 'accessLog.events.reportDownload',
  'report.generate': 'accessLog.events.reportGenerate',
  'report.read': 'accessLog.events.reportRead',
  'report.view': 'accessLog.events.reportView',
  'timeline.read': 'accessLog.events.timelineRead',
};

/** The label key for an event; an unknown (newer) event shows its code. */
export function eventLabelKey(event: string): TranslationKey | null {
  return Object.hasOwn(EVENT_LABELS, event)
    ? EVENT_LABELS[event as AuditEventCode]
    : null;
}
