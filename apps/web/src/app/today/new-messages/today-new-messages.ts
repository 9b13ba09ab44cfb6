import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { HomeNewMessages } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ClientPortalApi } from '../../client-portal-block/client-portal-api';
import { ErrorMessage } from '../../core/http/error-message';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { HomeSection } from '../home-section/home-section';

/**
 * Vandaag's "Nieuwe berichten": clients whose portal messages no one has
 * opened yet, newest first, each linking to the client's messages. Loads on
 * its own, so the rest of Vandaag does not wait for it.
 */
@Component({
  selector: 'hk-today-new-messages',
  imports: [RouterLink, TranslatePipe, HkDatePipe, Alert, HomeSection],
  template: `
    <hk-home-section
      sectionId="today-new-messages"
      icon="mail"
      data-testid="today-new-messages"
      [heading]="'clientPortal.home.title' | t"
      [empty]="'clientPortal.home.empty' | t"
      [count]="clients().length"
      [loading]="loading()"
    >
      @if (error(); as message) {
        <hk-alert>
          <span>
            <strong>{{ 'clientPortal.home.loadError' | t }}</strong>
            {{ message }}
          </span>
        </hk-alert>
      }
      <ul class="rows">
        @for (row of clients(); track row.clientId) {
          <li>
            <a [routerLink]="['/clienten', row.clientId, 'berichten']">{{
              row.displayName
            }}</a>
            <span class="meta">
              {{
                (row.unread === 1
                  ? 'clientPortal.home.count.one'
                  : 'clientPortal.home.count.many'
                ) | t: { count: row.unread }
              }}
              ·
              {{
                'clientPortal.home.latest'
                  | t
                    : {
                        date: (row.latestAt | hkDate),
                        time: (row.latestAt | hkDate: 'time'),
                      }
              }}
            </span>
          </li>
        }
      </ul>
    </hk-home-section>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    hk-home-section {
      height: 100%;
    }
    .rows {
      display: grid;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    .rows li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .rows li:last-child {
      border-bottom: 0;
    }
    .rows a {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-primary);
    }
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayNewMessages implements OnInit {
  private readonly api = inject(ClientPortalApi);
  private readonly errors = inject(ErrorMessage);

  protected readonly clients = signal<HomeNewMessages['clients']>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.clients.set((await firstValueFrom(this.api.newMessages())).clients);
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
    } finally {
      this.loading.set(false);
    }
  }
}
