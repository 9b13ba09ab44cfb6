import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
  type WritableSignal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router } from '@angular/router';
import { firstValueFrom, type Observable } from 'rxjs';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { leaveOnSessionLoss } from './portal-session-lost';
import { PortalState } from './portal-state';

/** One portal page's read: its value, whether it failed, and `load()` to (re)try. */
export interface PortalRead<T> {
  readonly value: WritableSignal<T | null>;
  readonly failed: WritableSignal<boolean>;
  load(): Promise<void>;
}

/**
 * The read every portal page starts with. A success confirms the session is
 * alive (the shell shows the tabs); a 401 goes to sign-in and says why; any
 * other failure leaves `failed` set for the page's retry. Call it in an
 * injection context (a field initializer).
 */
export function portalRead<T>(fetch: () => Observable<T>): PortalRead<T> {
  const state = inject(PortalState);
  const router = inject(Router);
  const value = signal<T | null>(null);
  const failed = signal(false);
  return {
    value,
    failed,
    async load() {
      failed.set(false);
      try {
        value.set(await firstValueFrom(fetch()));
        state.signedIn.set(true);
      } catch (error) {
        if (!leaveOnSessionLoss(error, state, router)) failed.set(true);
      }
    },
  };
}

/** What a portal page shows until its read is in: loading, or what failed with a retry. */
@Component({
  selector: 'hk-portal-load-state',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failed()) {
      <p role="alert">{{ 'portal.loadError' | t }}</p>
      <button matButton="filled" type="button" (click)="retry.emit()">
        {{ 'portal.retry' | t }}
      </button>
    } @else {
      <p role="status">{{ 'portal.loading' | t }}</p>
    }
  `,
})
export class PortalLoadState {
  readonly failed = input(false);
  readonly retry = output();
}
