import { AppointmentRow } from '../appointments/appointment.entity';
import { CalendarFeed } from '../appointments/calendar-feed.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { PasswordReset } from '../auth/password-reset/password-reset.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { MfaRecoveryCode } from '../auth/mfa/recovery-code.entity';
import { PendingSignIn } from '../auth/mfa/pending-sign-in.entity';
import { ClientShare } from '../clients/client-share.entity';
import { Client } from '../clients/client.entity';
import { FollowUpScheduleRow } from '../follow-ups/follow-up-schedule.entity';
import { Session } from '../auth/session.entity';
import { GoalRow } from '../goals/goal.entity';
import { IntakeInvitation } from '../intake/intake-invitation.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { LessonRead } from '../portal/lesson-read.entity';
import { PortalMessage } from '../portal/message.entity';
import { PortalLink } from '../portal/portal-link.entity';
import { PortalSession } from '../portal/portal-session.entity';
import { HiddenLesson, PracticeLesson } from '../portal/practice-lesson.entity';
import { PracticeLogo } from '../practices/practice-logo.entity';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PriorityDecisionRow } from '../priority/priority-decision.entity';
import { RateLimitHit } from '../rate-limit/rate-limit-hit.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import { ReportRow } from '../reports/report.entity';
import { NoteAddendumRow } from '../session-notes/note-addendum.entity';
import { SessionNoteRow } from '../session-notes/session-note.entity';

/** Every entity, listed explicitly: globs do not survive the webpack bundle. */
export const ENTITIES = [
  Practice,
  PracticeLogo,
  Practitioner,
  Session,
  LoginAttempt,
  Client,
  ClientShare,
  AuditEvent,
  IntakeInvitation,
  Assessment,
  RedFlagReview,
  RateLimitHit,
  PriorityDecisionRow,
  SessionNoteRow,
  NoteAddendumRow,
  GoalRow,
  ReportRow,
  MfaRecoveryCode,
  PendingSignIn,
  MailMessage,
  PasswordReset,
  AppointmentRow,
  CalendarFeed,
  PortalLink,
  PortalSession,
  LessonRead,
  PortalMessage,
  PracticeLesson,
  HiddenLesson,
  FollowUpScheduleRow,
];
