import { Injectable, signal } from '@angular/core';

/** Whether this browser holds a live portal session, as the last answer said. */
@Injectable({ providedIn: 'root' })
export class PortalState {
  readonly signedIn = signal(false);
}
