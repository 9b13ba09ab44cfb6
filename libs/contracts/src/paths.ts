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
  setPassword: '/api/auth/set-password',
  passwordReset: '/api/auth/password-reset',
  passwordResetConfirm: '/api/auth/password-reset/confirm',
  home: '/api/home',
  clients: '/api/clients',
  practitioners: '/api/practitioners',
  appointments: '/api/appointments',
  calendarFeed: '/api/calendar-feed',
  intakeInvitations: '/api/intake-invitations',
  outbox: '/api/practice/outbox',
  mailSettings: '/api/practice/mail-settings',
  /** The client's intake by link token (`/api/intake/:token/...`). */
  intake: '/api/intake',
  /** The client portal (`/api/portal/...`), with its own session. */
  portal: '/api/portal',
  homeworkLibrary: '/api/homework/library',
} as const;

const enc = encodeURIComponent;
const clientPart = (clientId: string, part: string) =>
  `${API_PATHS.clients}/${enc(clientId)}/${part}`;

/** Paths with an id in them, the id URL-encoded: one builder per resource. */
export const RESOURCE_PATHS = {
  client: (clientId: string) => `${API_PATHS.clients}/${enc(clientId)}`,
  /** `/api/clients/:id/<part>`, e.g. `export` or `access-log`. */
  clientPart,
  timeline: (clientId: string) => clientPart(clientId, 'timeline'),
  followUpSchedule: (clientId: string) =>
    clientPart(clientId, 'follow-up-schedule'),
  clientIntakeInvitations: (clientId: string) =>
    clientPart(clientId, 'intake-invitations'),
  portalInvitations: (clientId: string) =>
    clientPart(clientId, 'portal-invitations'),
  clientSessionNotes: (clientId: string) =>
    clientPart(clientId, 'session-notes'),
  assessments: (clientId: string) => clientPart(clientId, 'assessments'),
  priority: (clientId: string) => clientPart(clientId, 'priority'),
  priorityDecisions: (clientId: string) =>
    clientPart(clientId, 'priority-decisions'),
  redFlags: (clientId: string) => clientPart(clientId, 'red-flags'),
  clientGoals: (clientId: string) => clientPart(clientId, 'goals'),
  clientMessages: (clientId: string) => clientPart(clientId, 'messages'),
  clientCheckIns: (clientId: string) => clientPart(clientId, 'check-ins'),
  clientHomework: (clientId: string) => clientPart(clientId, 'homework'),
  homework: (id: string) => `/api/homework/${enc(id)}`,
  appointment: (id: string) => `${API_PATHS.appointments}/${enc(id)}`,
  appointmentIcs: (id: string) => `${API_PATHS.appointments}/${enc(id)}/ics`,
  revokeIntakeInvitation: (id: string) =>
    `${API_PATHS.intakeInvitations}/${enc(id)}/revoke`,
  sessionNote: (id: string) => `/api/session-notes/${enc(id)}`,
  signSessionNote: (id: string) => `/api/session-notes/${enc(id)}/sign`,
  sessionNoteAddenda: (id: string) => `/api/session-notes/${enc(id)}/addenda`,
  acknowledgeRedFlag: (reviewId: string) =>
    `/api/red-flags/${enc(reviewId)}/acknowledge`,
  goal: (id: string) => `/api/goals/${enc(id)}`,
  practitioner: (id: string) => `${API_PATHS.practitioners}/${enc(id)}`,
  intakeByToken: (token: string) => `${API_PATHS.intake}/${enc(token)}`,
} as const;

/** Cookie that carries the session id (httpOnly). */
export const SESSION_COOKIE = 'hk_session';
/** httpOnly cookie that ties the second sign-in step to the first (5 minutes). */
export const MFA_PENDING_COOKIE = 'hk_mfa_pending';
/** Readable cookie with the CSRF token, echoed by Angular's HttpClient. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** Header in which Angular's HttpClient echoes the CSRF token. */
export const XSRF_HEADER = 'X-XSRF-TOKEN';
