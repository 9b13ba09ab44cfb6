/** API paths shared by the api and the web app. */
export const API_PATHS = {
  health: '/api/health',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  preferences: '/api/auth/me/preferences',
} as const;

/** Cookie that carries the session id (httpOnly). */
export const SESSION_COOKIE = 'hk_session';
/** Readable cookie with the CSRF token, echoed by Angular's HttpClient. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** Header in which Angular's HttpClient echoes the CSRF token. */
export const XSRF_HEADER = 'X-XSRF-TOKEN';
