import { inject } from '@angular/core';
import {
  type CanActivateChildFn,
  type CanActivateFn,
  Router,
} from '@angular/router';
import { AuthStore } from './auth-store';

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
  if (await auth.loadSession()) return true;
  const returnUrl = state.url === '/' ? undefined : state.url;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
};
