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
