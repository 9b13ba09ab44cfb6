/** Roles a practitioner can hold within a practice. */
export type PractitionerRole = 'owner' | 'practitioner';

/** Language of the user interface and of texts sent to clients. */
export type Language = 'nl' | 'en';

/** Body of `POST /api/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in practitioner, as answered by `GET /api/auth/me` and login. */
export interface CurrentUser {
  practitioner: {
    id: string;
    email: string;
    displayName: string;
    role: PractitionerRole;
    language: Language;
    /** For the signature of reports, e.g. "Oefentherapeut". */
    profession: string | null;
    /** For the signature of reports, e.g. "BIG 12345678". */
    registration: string | null;
  };
  practice: {
    id: string;
    name: string;
    /** The seeded demonstration practice: its owner needs no second step. */
    demo: boolean;
  };
  mfa: {
    enabled: boolean;
    /** Two-step sign-in is required for this user (and not waived by a demo practice). */
    required: boolean;
    /** Required but not set up yet: only enrolment, `me` and sign-out are open. */
    setupRequired: boolean;
  };
}

/** Answer of `POST /api/auth/login` when the password was right and a second step follows. */
export interface MfaChallenge {
  mfaRequired: true;
}

export type LoginResponse = CurrentUser | MfaChallenge;

/** Body of `POST /api/auth/login/mfa`: one of the two. */
export interface MfaLoginRequest {
  /** The 6-digit code from the authenticator app. */
  code?: string;
  recoveryCode?: string;
}

/** Body of `POST /api/auth/password`. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Body of `PATCH /api/auth/me/preferences`. */
export interface UpdatePreferencesRequest {
  language?: Language;
  /** Shown under one's name on reports; null clears it. */
  profession?: string | null;
  /** e.g. "BIG 12345678" or "KP-register 1234"; null clears it. */
  registration?: string | null;
}

/** Body of `POST /api/auth/password-reset`: always answered 202, whoever it is. */
export interface PasswordResetRequest {
  email: string;
}

/** Body of `POST /api/auth/password-reset/confirm`. */
export interface PasswordResetConfirmRequest {
  token: string;
  newPassword: string;
}
