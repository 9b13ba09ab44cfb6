/** Answer of `GET /api/auth/mfa`: the caller's two-step sign-in. */
export interface MfaStatus {
  enabled: boolean;
  required: boolean;
  /** The practice is the demonstration practice, so an owner may go without. */
  demoExempt: boolean;
  /** ISO-8601, when enabled. */
  enabledAt: string | null;
  recoveryCodesLeft: number;
}

/**
 * Body of `POST /api/auth/mfa/enrolment`: the password again, so that
 * whoever holds only a signed-in session (or only the password, before an
 * owner has enrolled) cannot bind their own authenticator without it.
 */
export interface MfaEnrolmentRequest {
  currentPassword: string;
}

/** Answer of `POST /api/auth/mfa/enrolment`: what the authenticator app needs. */
export interface MfaEnrolment {
  /** `otpauth://totp/...` URI, as the QR code carries it. */
  otpauthUri: string;
  /** The QR code as an SVG data URL. */
  qrCodeDataUrl: string;
  /** Base32 secret in groups of four, for typing by hand. */
  secret: string;
}

/** Body of `POST /api/auth/mfa/enrolment/confirm` and `/recovery-codes`. */
export interface MfaCodeRequest {
  code: string;
}

/** Body of `POST /api/auth/mfa/disable`: a current code or a recovery code. */
export interface MfaDisableRequest {
  code?: string;
  recoveryCode?: string;
}

/** Recovery codes, shown once: after enrolment and after regenerating. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** `GET` / `PATCH /api/practice/security` (changing it: owner only). */
export interface PracticeSecurity {
  mfaRequiredForPractitioners: boolean;
  demo: boolean;
}

export interface UpdatePracticeSecurityRequest {
  mfaRequiredForPractitioners: boolean;
}

/**
 * The password rule, the same for every place a password is set: at least
 * this many characters, and a strength of at least MIN_PASSWORD_SCORE on
 * zxcvbn's 0-4 scale (common passwords, Dutch and English words, names,
 * repeats and sequences score low). The web shows the strength while typing.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MIN_PASSWORD_SCORE = 3;
/** Only this many leading characters are judged: the estimate's cost grows with length. */
export const PASSWORD_SCORE_MAX_CHARS = 100;
/** Words of this product that make a password guessable here in particular. */
export const PASSWORD_PRODUCT_WORDS = [
  'herstelkompas',
  'herstel',
  'kompas',
  'praktijk',
] as const;
