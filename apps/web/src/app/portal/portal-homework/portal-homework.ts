import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { HomeworkItem, PortalHomework } from '@herstelkompas/contracts';
import { exerciseById } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { PortalApi } from '../portal-api';
import { leaveOnSessionLoss } from '../portal-session-lost';
import { PortalState } from '../portal-state';
import { HomeworkTick } from './homework-tick';

/** Replaces one item of the list by its new version. */
export function withItem(
  homework: PortalHomework,
  item: HomeworkItem,
): PortalHomework {
  return {
    ...homework,
    items: homework.items.map((i) => (i.id === item.id ? item : i)),
  };
}

/** Whether the exercise of an item keeps a minutes log (the walking plan). */
export function logsMinutes(item: HomeworkItem): boolean {
  return !!item.exerciseId && exerciseById(item.exerciseId)?.log === 'minutes';
}

/** This week's homework: what is asked, what is done, a tick for today. */
@Component({
  selector: 'hk-portal-homework',
  imports: [
    MatAnchor,
    MatButton,
    RouterLink,
    HkDatePipe,
    TranslatePipe,
    DomainChip,
    HomeworkTick,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'portal.homework.heading' | t }}</h1>
    <p class="lead">{{ 'portal.homework.intro' | t }}</p>
    @if (homework(); as homework) {
      @if (homework.items.length) {
        <ul class="items" data-testid="portal-homework">
          @for (item of homework.items; track item.id) {
            <li class="card" [attr.data-homework]="item.exerciseId ?? 'own'">
              <hk-domain-chip [domain]="item.domain" size="small" />
              <h2>{{ item.title }}</h2>
              <p class="meta">
                {{
                  item.frequency === 'daily'
                    ? ('portal.homework.daily' | t)
                    : ('portal.homework.weekly'
                      | t: { times: item.timesPerWeek ?? 1 })
                }}
                ·
                {{
                  'portal.homework.period'
                    | t
                      : {
                          from: (item.startsOn | hkDate),
                          to: (item.endsOn | hkDate),
                        }
                }}
              </p>
              <p class="week" data-testid="homework-week">
                {{
                  'portal.homework.week'
                    | t
                      : {
                          done: item.adherence.week.done,
                          target: item.adherence.week.target,
                        }
                }}
              </p>
              <a
                matButton="outlined"
                [routerLink]="['/portaal/huiswerk', item.id]"
                data-testid="homework-open"
              >
                {{ 'portal.homework.open' | t }}
              </a>
              <hk-homework-tick
                [item]="item"
                [today]="homework.today"
                [logsMinutes]="logs(item)"
                (changed)="update($event)"
              />
            </li>
          }
        </ul>
      } @else {
        <p class="empty" data-testid="portal-homework-empty">
          {{ 'portal.homework.empty' | t }}
        </p>
      }
    } @else if (failed()) {
      <p role="alert">{{ 'portal.loadError' | t }}</p>
      <button matButton="filled" type="button" (click)="load()">
        {{ 'portal.retry' | t }}
      </button>
    } @else {
      <p role="status">{{ 'portal.loading' | t }}</p>
    }
  `,
  styles: `
    h1 {
      margin: 8px 0 4px;
      font: var(--mat-sys-headline-small);
    }
    .lead {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .items {
      display: flex;
      flex-direction: column;
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    h2 {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .week {
      margin: 8px 0;
      font-weight: 500;
    }
    a {
      min-height: 44px;
    }
    .empty {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
  `,
})
export class PortalHomeworkPage {
  private readonly api = inject(PortalApi);
  private readonly state = inject(PortalState);
  private readonly router = inject(Router);

  protected readonly homework = signal<PortalHomework | null>(null);
  protected readonly failed = signal(false);
  protected readonly logs = logsMinutes;

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failed.set(false);
    try {
      this.homework.set(await firstValueFrom(this.api.homework()));
      this.state.signedIn.set(true);
    } catch (error) {
      if (!leaveOnSessionLoss(error, this.state, this.router))
        this.failed.set(true);
    }
  }

  protected update(item: HomeworkItem): void {
    const homework = this.homework();
    if (homework) this.homework.set(withItem(homework, item));
  }
}
