import type { Language, PractitionerRole } from './auth';

export interface TeamMember {
  id: string;
  email: string;
  displayName: string;
  role: PractitionerRole;
  language: Language;
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
}

/** Answer of an invitation: the one-time link to pass on (shown once). */
export interface InvitationCreated {
  member: TeamMember;
  setPasswordUrl: string;
  expiresAt: string;
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
