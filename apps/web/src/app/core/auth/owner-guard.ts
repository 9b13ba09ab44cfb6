import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { AuthStore } from './auth-store';

/** Where a page the role cannot open is explained. */
export const FORBIDDEN_PATH = '/geen-toegang';

/**
 * Pages for the practice owner only. Anyone else sees "Geen toegang" at the
 * address they typed, so they know the page exists but is not theirs, rather
 * than landing on Vandaag without a word.
 */
export const ownerGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.loadSession();
  if (user?.practitioner.role === 'owner') return true;
  return new RedirectCommand(router.parseUrl(FORBIDDEN_PATH), {
    browserUrl: state.url,
  });
};
