import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { HomeworkItem, PortalHomework } from '@herstelkompas/contracts';
import { exerciseById } from '@herstelkompas/domain';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { HomeworkTitlePipe } from '../homework-title-pipe';
import { PortalApi } from '../portal-api';
import { PortalLoadState, portalRead } from '../portal-read';
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
    PortalLoadState,
    MatAnchor,
    MatButton,
    RouterLink,
    HkDatePipe,
    TranslatePipe,
    DomainChip,
    HomeworkTick,
    HomeworkTitlePipe,
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
              <h2>{{ item.title | homeworkTitle }}</h2>
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
    } @else {
      <hk-portal-load-state [failed]="failed()" (retry)="load()" />
    }
  `,
  styleUrl: '../portal-page.scss',
  styles: `
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

  private readonly read = portalRead(() => this.api.homework());
  protected readonly homework = this.read.value;
  protected readonly failed = this.read.failed;
  protected readonly logs = logsMinutes;

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.read.load();
  }

  protected update(item: HomeworkItem): void {
    const homework = this.homework();
    if (homework) this.homework.set(withItem(homework, item));
  }
}
