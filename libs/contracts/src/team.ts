import type { Language, PractitionerRole } from './auth';
import type { MailDelivery, SendBy } from './mail';

export interface TeamMember {
  id: string;
  email: string;
  displayName: string;
  role: PractitionerRole;
  language: Language;
  profession: string | null;
  registration: string | null;
  active: boolean;
  /** True until the invited person has set a password. */
  invitationPending: boolean;
  createdAt: string;
}

/** Body of `POST /api/practitioners`: invite someone to the practice. */
export interface InvitePractitionerRequest {
  email: string;
  displayName: string;
  role: PractitionerRole;
  language?: Language;
  /** `email` also mails the link to the invited address; `link` (default) only answers it. */
  send?: SendBy;
}

/** Answer of an invitation: the one-time link to pass on (shown once). */
export interface InvitationCreated {
  member: TeamMember;
  setPasswordUrl: string;
  expiresAt: string;
  /** The invitation mail, when sent by e-mail. */
  delivery?: MailDelivery | null;
}

/** Body of `PATCH /api/practitioners/:id`. */
export interface UpdatePractitionerRequest {
  role?: PractitionerRole;
  active?: boolean;
}

/** Body of `POST /api/auth/set-password` (public: the token is the proof). */
export interface SetPasswordRequest {
  token: string;
  password: string;
}
