import { Foundation1764072000000 } from './1764072000000-foundation';
import { ClientsAndAccessLog1764158400000 } from './1764158400000-clients-and-access-log';
import { IntakeAndAssessments1764244800000 } from './1764244800000-intake-and-assessments';
import { DashboardRecords1764331200000 } from './1764331200000-dashboard-records';
import { Reports1764417600000 } from './1764417600000-reports';
import { ClientListOrder1764504000000 } from './1764504000000-client-list-order';
import { ReportFingerprint1764505200000 } from './1764505200000-report-fingerprint';
import { AuditChain1764507600000 } from './1764507600000-audit-chain';
import { TwoStepSignIn1764521000000 } from './1764521000000-two-step-sign-in';
import { PracticeScopedMfa1764525600000 } from './1764525600000-practice-scoped-mfa';
import { SecretAttempts1765000000000 } from './1765000000000-secret-attempts';
import { InvitationAddresses1765200000000 } from './1765200000000-invitation-addresses';
import { MailAndJobs1765600000000 } from './1765600000000-mail-and-jobs';
import { Appointments1765700000000 } from './1765700000000-appointments';
import { SecurityNoticeMail1765800000000 } from './1765800000000-security-notice-mail';
import { FollowUpSchedules1766000000000 } from './1766000000000-follow-up-schedules';
import { AppointmentMail1766100000000 } from './1766100000000-appointment-mail';
import { PracticeProfile1766200000000 } from './1766200000000-practice-profile';
import { StructuredGp1766300000000 } from './1766300000000-structured-gp';
import { ClientListTieOrder1766500000000 } from './1766500000000-client-list-tie-order';
import { ClientPortal1766600000000 } from './1766600000000-client-portal';
import { PortalMessages1766700000000 } from './1766700000000-portal-messages';
import { Homework1766800000000 } from './1766800000000-homework';
import { CheckIns1766900000000 } from './1766900000000-check-ins';
import { PracticeLessons1767000000000 } from './1767000000000-practice-lessons';

/** Every migration in order, listed explicitly: globs do not survive the webpack bundle. */
export const MIGRATIONS = [
  Foundation1764072000000,
  ClientsAndAccessLog1764158400000,
  IntakeAndAssessments1764244800000,
  DashboardRecords1764331200000,
  Reports1764417600000,
  ClientListOrder1764504000000,
  ReportFingerprint1764505200000,
  AuditChain1764507600000,
  TwoStepSignIn1764521000000,
  PracticeScopedMfa1764525600000,
  SecretAttempts1765000000000,
  InvitationAddresses1765200000000,
  MailAndJobs1765600000000,
  Appointments1765700000000,
  SecurityNoticeMail1765800000000,
  FollowUpSchedules1766000000000,
  AppointmentMail1766100000000,
  PracticeProfile1766200000000,
  StructuredGp1766300000000,
  ClientListTieOrder1766500000000,
  ClientPortal1766600000000,
  PortalMessages1766700000000,
  Homework1766800000000,
  CheckIns1766900000000,
  PracticeLessons1767000000000,
];
