import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ClientPortalSummary } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { LocalizedPipe } from '../portal/localized-pipe';
import { Alert } from '../ui/alert/alert';
import { Icon } from '../ui/icon/icon';
import { ClientPortalApi } from './client-portal-api';

/**
 * The client page's "Portaal": invited or active, the last visit, which
 * lessons the client read, and unread messages with the way to them.
 */
@Component({
  selector: 'hk-client-portal-block',
  imports: [
    MatAnchor,
    RouterLink,
    TranslatePipe,
    HkDatePipe,
    LocalizedPipe,
    Alert,
    Icon,
  ],
  template: `
    <div class="head">
      <h2 id="client-portal-title">{{ 'clientPortal.title' | t }}</h2>
    </div>
    @if (error(); as message) {
      <hk-alert>
        <span>
          <strong>{{ 'clientPortal.loadError' | t }}</strong>
          {{ message }}
        </span>
      </hk-alert>
    } @else if (summary(); as s) {
      <p class="status" data-testid="client-portal-status">
        @switch (s.status) {
          @case ('none') {
            {{ 'clientPortal.status.none' | t }}
          }
          @case ('invited') {
            {{
              'clientPortal.status.invited'
                | t: { date: (s.invitedAt | hkDate) }
            }}
          }
          @case ('active') {
            {{ 'clientPortal.status.active' | t }}
          }
        }
      </p>
      @if (s.lastVisitAt) {
        <p class="muted" data-testid="client-portal-last-visit">
          {{
            'clientPortal.lastVisit'
              | t
                : {
                    date: (s.lastVisitAt | hkDate),
                    time: (s.lastVisitAt | hkDate: 'time'),
                  }
          }}
        </p>
      }
      @if (s.status !== 'none') {
        <p class="lessons" data-testid="client-portal-lessons">
          <hk-icon name="description" />
          {{
            'clientPortal.lessons'
              | t: { read: s.lessons.read.length, total: s.lessons.total }
          }}
        </p>
        @if (s.lessons.read.length) {
          <ul class="read">
            @for (lesson of s.lessons.read; track lesson.id) {
              <li>
                {{ lesson.title | loc }}
                <span class="muted">{{
                  'clientPortal.readOn' | t: { date: (lesson.readAt | hkDate) }
                }}</span>
              </li>
            }
          </ul>
        }
        <div class="messages">
          <p data-testid="client-portal-unread">
            <hk-icon name="mail" />
            @if (s.unreadMessages === 0) {
              {{ 'clientPortal.unread.none' | t }}
            } @else if (s.unreadMessages === 1) {
              <strong>{{ 'clientPortal.unread.one' | t }}</strong>
            } @else {
              <strong>{{
                'clientPortal.unread.many' | t: { count: s.unreadMessages }
              }}</strong>
            }
          </p>
          <a
            matButton="outlined"
            data-testid="client-portal-open-messages"
            [routerLink]="['/clienten', clientId(), 'berichten']"
            >{{ 'clientPortal.openMessages' | t }}</a
          >
        </div>
        @if (!s.messagingEnabled) {
          <p class="muted">{{ 'clientPortal.messagingOff' | t }}</p>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    p {
      margin: 6px 0 0;
    }
    .status {
      font: var(--mat-sys-body-large);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .lessons,
    .messages p {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .read {
      margin: 4px 0 0;
      padding-left: 28px;
    }
    .read .muted {
      font: var(--mat-sys-body-small);
    }
    .messages {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-top: 8px;
    }
  `,
  host: { role: 'region', 'aria-labelledby': 'client-portal-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPortalBlock {
  private readonly api = inject(ClientPortalApi);
  private readonly errors = inject(ErrorMessage);

  readonly clientId = input.required<string>();
  protected readonly summary = signal<ClientPortalSummary | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.clientId();
      void this.load(id);
    });
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      this.summary.set(await firstValueFrom(this.api.summary(id)));
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
    }
  }
}
