import {
  HttpErrorResponse,
  type HttpInterceptorFn,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_PATHS } from '@herstelkompas/contracts';
import { catchError, throwError } from 'rxjs';
import { MFA_SETUP_PATH } from '../auth/auth-guard';
import { AuthStore } from '../auth/auth-store';

// A 401 from these is an answer about signing in, not an expired session.
const AUTH_CALLS: readonly string[] = [
  API_PATHS.login,
  API_PATHS.loginMfa,
  API_PATHS.logout,
  API_PATHS.me,
];
// The client intake's 401 asks for a date of birth, and the portal's is about
// the client's own session: neither is the practitioner's.
const INTAKE_CALLS = `${API_PATHS.intake}/`;
const PORTAL_CALLS = `${API_PATHS.portal}/`;

/**
 * When the server ends a session (idle timeout, signed out elsewhere), forget
 * the user and send them to the login page, which explains why and brings
 * them back to where they were.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !AUTH_CALLS.includes(request.url) &&
        !request.url.startsWith(INTAKE_CALLS) &&
        !request.url.startsWith(PORTAL_CALLS) &&
        auth.user()
      ) {
        const returnUrl = router.url;
        auth.clear();
        void router.navigate(['/login'], {
          queryParams: { returnUrl, reason: 'expired' },
        });
      }
      if (
        error instanceof HttpErrorResponse &&
        error.status === 403 &&
        (error.error as { code?: unknown } | null)?.code ===
          'mfa_setup_required'
      ) {
        // The practice now requires two-step sign-in: set it up first.
        void auth.refresh().then(() => router.navigate([MFA_SETUP_PATH]));
      }
      return throwError(() => error);
    }),
  );
};
