/** API paths shared by the api and the web app. */
export const API_PATHS = {
  health: '/api/health',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  preferences: '/api/auth/me/preferences',
  loginMfa: '/api/auth/login/mfa',
  password: '/api/auth/password',
  mfa: '/api/auth/mfa',
  mfaEnrolment: '/api/auth/mfa/enrolment',
  mfaEnrolmentConfirm: '/api/auth/mfa/enrolment/confirm',
  mfaDisable: '/api/auth/mfa/disable',
  mfaRecoveryCodes: '/api/auth/mfa/recovery-codes',
  practiceSecurity: '/api/practice/security',
  practiceProfile: '/api/practice/profile',
  practiceLogo: '/api/practice/logo',
} as const;

/** Cookie that carries the session id (httpOnly). */
export const SESSION_COOKIE = 'hk_session';
/** httpOnly cookie that ties the second sign-in step to the first (5 minutes). */
export const MFA_PENDING_COOKIE = 'hk_mfa_pending';
/** Readable cookie with the CSRF token, echoed by Angular's HttpClient. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** Header in which Angular's HttpClient echoes the CSRF token. */
export const XSRF_HEADER = 'X-XSRF-TOKEN';
