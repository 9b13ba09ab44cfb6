import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { DOMAINS, type DomainId } from '@herstelkompas/domain';
import { HkDatePipe, HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { ClientStatusChip } from '../client-status';
import type { ClientRow } from '../client-view';
import { RedFlagCount } from '../red-flag-count';
import { UnreadBadge } from '../unread-badge';

/** The client list on a phone: one card per client, the card is a link. */
@Component({
  selector: 'hk-client-cards',
  imports: [
    RouterLink,
    TranslatePipe,
    HkDatePipe,
    HkNumberPipe,
    DomainChip,
    ClientStatusChip,
    RedFlagCount,
    UnreadBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cards" [attr.aria-label]="'clients.list.tableLabel' | t">
      @for (row of rows(); track row.client.id) {
        <li class="card" data-testid="client-row">
          <div class="top">
            <a class="row-link" [routerLink]="['/clienten', row.client.id]">
              <span aria-hidden="true">{{ row.client.sortName }}</span>
              <span class="cdk-visually-hidden">
                {{ row.client.displayName }}
              </span>
              @if (row.client.unreadMessages; as unread) {
                <hk-unread-badge [count]="unread" />
              }
            </a>
            @if (row.client.openRedFlagCount > 0) {
              <hk-red-flag-count [count]="row.client.openRedFlagCount" />
            }
          </div>
          <p class="meta">
            @if (row.age !== null) {
              {{ 'clients.age' | t: { age: row.age } }} ·
            }
            {{ row.client.responsiblePractitioner.displayName }}
          </p>
          <div class="chips">
            <hk-client-status [status]="row.client.status" />
            @for (domain of row.client.focusDomains; track domain) {
              <hk-domain-chip [domain]="domain" />
            }
          </div>
          <p class="meta">
            {{
              'clients.list.lastActivity'
                | t: { date: row.client.lastActivityAt | hkDate }
            }}
            @if (row.client.nextAppointmentAt; as next) {
              ·
              {{
                'clients.list.nextAppointment'
                  | t: { date: next | hkDate: 'dateTime' }
              }}
            }
            @if (row.highest; as highest) {
              ·
              {{
                'clients.list.highestScore'
                  | t
                    : {
                        score: highest.score | hkNumber: '1.0-1',
                        domain: domainName(highest.domain),
                      }
              }}
            }
          </p>
        </li>
      }
    </ul>
  `,
  styles: `
    .cards {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      min-width: 0;
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
    }
    .card:has(.row-link:focus-visible) {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .top {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      min-width: 0;
    }
    .row-link {
      min-width: 0;
      overflow-wrap: anywhere;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-medium);
      text-decoration: none;
    }
    .row-link::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    .row-link:focus-visible {
      outline: none;
    }
    .meta {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
  `,
})
export class ClientCards {
  private readonly i18n = inject(I18n);

  readonly rows = input.required<readonly ClientRow[]>();

  protected domainName(id: DomainId): string {
    return DOMAINS[id].name[this.i18n.language()];
  }
}
