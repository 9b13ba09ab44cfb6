import { inject } from '@angular/core';
import {
  type CanActivateChildFn,
  type CanActivateFn,
  Router,
} from '@angular/router';
import { AuthStore } from './auth-store';

export const MFA_SETUP_PATH = '/tweestapsverificatie';

/**
 * Lets signed-in practitioners through; sends everyone else to /login with
 * the page they wanted, so they land there after signing in.
 */
export const authGuard: CanActivateFn & CanActivateChildFn = async (
  _route,
  state,
) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.loadSession();
  // Until two-step sign-in is set up, the API opens nothing else.
  if (user?.mfa.setupRequired) return router.createUrlTree([MFA_SETUP_PATH]);
  if (user) return true;
  const returnUrl = state.url === '/' ? undefined : state.url;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
};

/** The forced enrolment page: signed in, and set-up still required. */
export const mfaSetupGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.loadSession();
  if (!user) return router.createUrlTree(['/login']);
  return user.mfa.setupRequired || router.createUrlTree(['/vandaag']);
};
