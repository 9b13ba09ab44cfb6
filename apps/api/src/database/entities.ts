import {
  HomeworkAssignment,
  HomeworkCompletion,
} from '../homework/homework.entity';
import { Appointment } from '../appointments/appointment.entity';
import { CalendarFeed } from '../appointments/calendar-feed.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { PasswordReset } from '../auth/password-reset/password-reset.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { MfaRecoveryCode } from '../auth/mfa/recovery-code.entity';
import { PendingSignIn } from '../auth/mfa/pending-sign-in.entity';
import { ClientShare } from '../clients/client-share.entity';
import { Client } from '../clients/client.entity';
import { FollowUpSchedule } from '../follow-ups/follow-up-schedule.entity';
import { Session } from '../auth/session.entity';
import { Goal } from '../goals/goal.entity';
import { IntakeInvitation } from '../intake/intake-invitation.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { LessonRead } from '../portal/lesson-read.entity';
import { PortalMessage } from '../portal/message.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { DailyLog } from '../check-ins/daily-log.entity';
import { PortalLink } from '../portal/portal-link.entity';
import { PortalSession } from '../portal/portal-session.entity';
import { HiddenLesson, PracticeLesson } from '../portal/practice-lesson.entity';
import { PracticeLogo } from '../practices/practice-logo.entity';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PriorityDecision } from '../priority/priority-decision.entity';
import { RateLimitHit } from '../rate-limit/rate-limit-hit.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import { Report } from '../reports/report.entity';
import { NoteAddendum } from '../session-notes/note-addendum.entity';
import { SessionNote } from '../session-notes/session-note.entity';

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
  PriorityDecision,
  SessionNote,
  NoteAddendum,
  Goal,
  Report,
  MfaRecoveryCode,
  PendingSignIn,
  MailMessage,
  PasswordReset,
  Appointment,
  CalendarFeed,
  PortalLink,
  PortalSession,
  LessonRead,
  PortalMessage,
  CheckIn,
  DailyLog,
  FollowUpSchedule,
  HomeworkAssignment,
  HomeworkCompletion,
  PracticeLesson,
  HiddenLesson,
];
