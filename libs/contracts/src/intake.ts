import type {
  AssessmentResult,
  Answers,
  DomainId,
  InstrumentDefinition,
  Localized,
  RankingEntry,
  RedFlag,
} from '@herstelkompas/domain';
import type { Language } from './auth';
import type { LegalBasis } from './clients';
import type { MailDelivery, SendBy } from './mail';

/** Version of the privacy statement a client consents to in the intake. */
export const PRIVACY_STATEMENT_VERSION = '2026-11';

export type IntakeVariant = 'baseline' | 'follow_up';
export const INTAKE_VARIANTS: readonly IntakeVariant[] = [
  'baseline',
  'follow_up',
];

export type InvitationStatus =
  'sent' | 'opened' | 'in_progress' | 'submitted' | 'expired' | 'revoked';

/** Body of `POST /api/clients/:id/intake-invitations`. */
export interface CreateInvitationRequest {
  variant: IntakeVariant;
  /** 1-60 days; 14 by default. */
  expiresInDays?: number;
  /** `email` mails the link to the client's address; `link` (default) only answers it. */
  send?: SendBy;
}

/** An invitation as the practitioner sees it. The link itself is only shown once, at creation. */
export interface IntakeInvitation {
  id: string;
  clientId: string;
  variant: IntakeVariant;
  status: InvitationStatus;
  /** True after too many wrong dates of birth: the link no longer opens. */
  locked: boolean;
  createdAt: string;
  expiresAt: string;
  openedAt: string | null;
  submittedAt: string | null;
  /** When the link was revoked; a submitted link can be revoked too, then it no longer opens. */
  revokedAt: string | null;
  assessmentId: string | null;
  /** Not submitted 7 days after it was sent. */
  overdue: boolean;
  /**
   * The unsent draft holds an answer that tells the client to call the GP
   * today (an urgent red flag): the client saw the instruction, but it is in
   * no assessment yet.
   */
  urgentInDraft: boolean;
  /** The invitation mail, when it was sent by e-mail. */
  delivery: MailDelivery | null;
  /**
   * The reminder mail planned with an e-mailed link (null: none planned).
   * Only in a client's own list of links.
   */
  reminder?: MailDelivery | null;
}

/** Answer of creating an invitation: includes the link, which is not stored in readable form. */
export interface CreatedInvitation extends IntakeInvitation {
  /** Ends in `/intake/<token>`. */
  url: string;
}

/** A row of the practice-wide Intakes page. */
export interface InvitationListItem extends IntakeInvitation {
  client: { id: string; displayName: string; sortName: string };
  responsiblePractitioner: { id: string; displayName: string };
}

// ---- the public intake (client side) ----

/** Body of `POST /api/intake/:token/verify`. */
export interface VerifyIntakeRequest {
  /** YYYY-MM-DD */
  dateOfBirth: string;
}

/** What the intake page shows before the date-of-birth check: nothing personal. */
export interface IntakeGate {
  status: 'verify_required';
  language: Language;
  practiceName: string;
}

/** `GET /api/intake/:token` after verification, while the intake can be filled in. */
export interface IntakeOpenState {
  status: 'open';
  variant: IntakeVariant;
  language: Language;
  practiceName: string;
  practitionerName: string;
  clientFirstName: string;
  expiresAt: string;
  consent: {
    given: boolean;
    privacyStatementVersion: string | null;
    currentVersion: string;
    /**
     * The client's legal basis: `care_provider` keeps the record under the
     * WGBO (20 years); `explicit_consent` as long as the care needs it, and
     * the consent can be withdrawn.
     */
    legalBasis: LegalBasis;
    /** Where the practice publishes its privacy statement; null when not set. */
    privacyStatementUrl: string | null;
  };
  instrument: InstrumentDefinition;
  /** The saved draft. */
  answers: Answers;
  /** Id of the step the client was on, to resume exactly there. */
  step: string | null;
  savedAt: string | null;
}

/**
 * `GET /api/intake/:token` after verification, once sent: a neutral
 * thank-you with nothing personal, plus what an urgent red flag asks the
 * client to do, for as long as the link opens.
 */
export interface IntakeSubmittedState {
  status: 'submitted';
  language: Language;
  practiceName: string;
  /** True when an urgent (same-day) red flag was answered. */
  urgent: boolean;
  /** One instruction per urgent symptom cluster, most urgent first. */
  urgentInstructions: Localized[];
}

export type IntakeState = IntakeOpenState | IntakeSubmittedState;

/** Body of `PUT /api/intake/:token/draft`. */
export interface SaveDraftRequest {
  answers: Answers;
  step?: string | null;
}

export interface DraftSaved {
  savedAt: string;
}

/** Body of `POST /api/intake/:token/consent`. */
export interface IntakeConsentRequest {
  privacyStatementVersion: string;
}

/** Body of `POST /api/intake/:token/submit`. */
export interface SubmitIntakeRequest {
  answers: Answers;
}

/** Answer of a submit (201 the first time, 200 for a repeat). */
export interface IntakeSubmitted {
  assessmentId: string;
  /** The instruction to show the client at once for urgent red flags, else null. */
  urgentInstruction: Localized | null;
  /** One instruction per urgent symptom cluster (empty when none is urgent). */
  urgentInstructions: Localized[];
}

// ---- assessments (practitioner side) ----

export type AssessmentEnteredBy = 'client' | 'practitioner';

/** One scored intake as stored: computed once, never silently recomputed. */
export interface Assessment {
  id: string;
  clientId: string;
  submittedAt: string;
  instrument: { id: string; version: number };
  variant: IntakeVariant;
  enteredBy: AssessmentEnteredBy;
  enteredByPractitioner: { id: string; displayName: string } | null;
  algorithmVersion: string;
  domainScores: AssessmentResult['domainScores'];
  pain: AssessmentResult['pain'];
  redFlags: RedFlag[];
  /** The computed ranking, best starting point first (insufficient domains last). */
  ranking: RankingEntry[];
  /** The suggested focus domains of the computed ranking. */
  suggestedFocus: DomainId[];
  /** True while an urgent or GP-review red flag of this intake was open at submit. */
  pendingMedicalClearance: boolean;
  answers: Answers;
}

/** Body of `POST /api/clients/:id/assessments`: an intake entered by the practitioner in a session. */
export interface EnterAssessmentRequest {
  variant: IntakeVariant;
  answers: Answers;
}

// ---- red flags ----

export type RedFlagAction =
  'gp_called' | 'referred' | 'client_informed' | 'no_action_needed' | 'other';
export const RED_FLAG_ACTIONS: readonly RedFlagAction[] = [
  'gp_called',
  'referred',
  'client_informed',
  'no_action_needed',
  'other',
];

/** A red flag from an assessment and what the practitioner did about it. */
export interface RedFlagReview {
  id: string;
  clientId: string;
  /** The intake that raised it; null when a check-in's red-flag screen did. */
  assessmentId: string | null;
  /** The check-in that raised it; null for an intake's. */
  checkInId: string | null;
  flag: RedFlag;
  raisedAt: string;
  acknowledged: null | {
    at: string;
    by: { id: string; displayName: string };
    action: RedFlagAction;
    note: string | null;
  };
}

/** Body of `POST /api/red-flags/:id/acknowledge`. */
export interface AcknowledgeRedFlagRequest {
  action: RedFlagAction;
  /** Required for `no_action_needed` and `other`: the reason. */
  note?: string | null;
}

export type { DomainId };
