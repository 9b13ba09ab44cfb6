import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth-store';

/** Pages for the practice owner only; other practitioners go to Vandaag. */
export const ownerGuard: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.loadSession();
  return (
    user?.practitioner.role === 'owner' || router.createUrlTree(['/vandaag'])
  );
};
