import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { PortalState } from './portal-state';

/**
 * A 401 on a portal page: the session ended (30 idle minutes, signed out) or
 * never was. The client asks for a new link; the page says why when it ended.
 * Returns whether it handled the error.
 */
export function leaveOnSessionLoss(
  error: unknown,
  state: PortalState,
  router: Router,
): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== 401)
    return false;
  const wasIn = state.signedIn();
  state.signedIn.set(false);
  void router.navigate(['/portaal/inloggen'], {
    ...(wasIn ? { queryParams: { reden: 'verlopen' } } : {}),
    replaceUrl: true,
  });
  return true;
}
