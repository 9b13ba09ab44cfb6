import type { DomainId } from '@herstelkompas/domain';
import type { ClientStatus } from './clients';
import type { HomeCheckInSilence, HomeCheckInWorsening } from './check-ins';
import type { MailKind } from './mail';

export interface HomeClientRef {
  clientId: string;
  displayName: string;
}

/** `GET /api/home`: what needs the practitioner today. */
export interface HomeView {
  openRedFlags: (HomeClientRef & { count: number; mostUrgent: string })[];
  /** Intakes submitted after the client's latest priority decision. */
  intakesToReview: (HomeClientRef & {
    assessmentId: string;
    submittedAt: string;
  })[];
  /** Draft notes older than 48 hours. */
  unsignedNotes: (HomeClientRef & { noteId: string; sessionDate: string })[];
  /** Active clients without a session or intake for more than `followUpWeeks`. */
  dueForFollowUp: (HomeClientRef & { lastActivityAt: string })[];
  /** Focus domains without notable improvement after two follow-ups. */
  noImprovement: (HomeClientRef & { focusDomains: DomainId[] })[];
  /** Mail to a client that failed after its last retry or was refused (last 14 days). */
  undeliveredMail: (HomeClientRef & {
    mailId: string;
    kind: MailKind;
    status: 'failed' | 'refused';
    recipient: string;
    error: string | null;
    at: string;
  })[];
  /**
   * The latest check-in (last 14 days) is 2 points or more worse than the
   * one before in pain or a confirmed focus domain (self-reported).
   */
  checkInWorsening: HomeCheckInWorsening[];
  /** Clients in care who use the portal without a check-in for two weeks. */
  checkInSilence: HomeCheckInSilence[];
  followUpWeeks: number;
  /** For the owner: the practice at a glance. */
  practice: null | {
    byStatus: Record<ClientStatus, number>;
    focusDomainCounts: Record<DomainId, number>;
  };
}
