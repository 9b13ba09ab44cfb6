import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { HomeworkItem } from '@herstelkompas/contracts';
import { exerciseById } from '@herstelkompas/domain';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { BreathPacer } from '../breath-pacer/breath-pacer';
import { LocalizedPipe } from '../localized-pipe';
import { HomeworkTitlePipe } from '../homework-title-pipe';
import { PortalApi } from '../portal-api';
import { PortalLoadState, portalRead } from '../portal-read';
import { HomeworkTick } from '../portal-homework/homework-tick';
import { logsMinutes, withItem } from '../portal-homework/portal-homework';

/** One exercise of the client's homework: the steps, the pacer for breathing, the walking log. */
@Component({
  selector: 'hk-portal-exercise',
  imports: [
    PortalLoadState,
    RouterLink,
    HkDatePipe,
    TranslatePipe,
    LocalizedPipe,
    DomainChip,
    Icon,
    BreathPacer,
    HomeworkTick,
    HomeworkTitlePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/portaal/huiswerk">
      <hk-icon name="arrow_back" /><span>{{ 'portal.homework.back' | t }}</span>
    </a>
    @if (item(); as item) {
      <article data-testid="portal-exercise">
        <hk-domain-chip [domain]="item.domain" size="small" />
        <h1>{{ item.title | homeworkTitle }}</h1>
        @if (exercise(); as exercise) {
          <p class="meta">
            {{ 'portal.homework.minutes' | t: { minutes: exercise.minutes } }}
          </p>
          <p class="lead">{{ exercise.summary | loc }}</p>
          @if (exercise.pacer; as pacer) {
            <hk-breath-pacer
              [inSeconds]="pacer.inSeconds"
              [outSeconds]="pacer.outSeconds"
            />
          }
          <h2>{{ 'portal.homework.steps' | t }}</h2>
          <ol class="steps">
            @for (step of exercise.steps; track $index) {
              <li>{{ step | loc }}</li>
            }
          </ol>
          <aside class="safety" data-testid="exercise-safety">
            <h2>{{ 'portal.homework.safety' | t }}</h2>
            <p>{{ exercise.safety | loc }}</p>
          </aside>
        } @else {
          <p class="own">{{ item.instructions }}</p>
        }
        <p class="optional">{{ 'portal.homework.optional' | t }}</p>
        <section class="tick">
          <p class="week">
            {{
              'portal.homework.week'
                | t
                  : {
                      done: item.adherence.week.done,
                      target: item.adherence.week.target,
                    }
            }}
          </p>
          <hk-homework-tick
            [item]="item"
            [today]="today()"
            [logsMinutes]="logs()"
            (changed)="update($event)"
          />
        </section>
        @if (logs()) {
          <section data-testid="walking-log">
            <h2>{{ 'portal.homework.log' | t }}</h2>
            @if (item.completions.length) {
              <ul class="log">
                @for (c of item.completions; track c.id) {
                  <li>
                    <span>{{ c.on | hkDate }}</span>
                    <strong>{{
                      c.minutes === null
                        ? ('portal.homework.logNoMinutes' | t)
                        : ('portal.homework.logMinutes'
                          | t: { minutes: c.minutes })
                    }}</strong>
                  </li>
                }
              </ul>
            } @else {
              <p class="empty">{{ 'portal.homework.logEmpty' | t }}</p>
            }
          </section>
        }
      </article>
    } @else if (missing()) {
      <p role="alert">{{ 'portal.homework.notFound' | t }}</p>
    } @else {
      <hk-portal-load-state [failed]="failed()" (retry)="load()" />
    }
  `,
  styles: `
    .back {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 44px;
      color: var(--mat-sys-primary);
      text-decoration: none;
    }
    article {
      font: var(--mat-sys-body-large);
      line-height: 1.6;
    }
    h1 {
      margin: 8px 0 4px;
      font: var(--mat-sys-headline-small);
    }
    h2 {
      margin: 24px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .meta,
    .optional {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .lead {
      font-weight: 500;
    }
    .steps li {
      margin-bottom: 8px;
    }
    .own {
      white-space: pre-line;
    }
    .safety {
      margin-top: 16px;
      padding: 4px 16px 8px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .tick {
      margin-top: 16px;
      padding: 8px 16px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .week {
      margin: 0;
      font-weight: 500;
    }
    .log {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .log li {
      display: flex;
      justify-content: space-between;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class PortalExercisePage {
  readonly homeworkId = input.required<string>();
  private readonly api = inject(PortalApi);

  private readonly read = portalRead(() => this.api.homework());
  private readonly homework = this.read.value;
  protected readonly failed = this.read.failed;
  protected readonly item = computed(
    () =>
      this.homework()?.items.find((i) => i.id === this.homeworkId()) ?? null,
  );
  protected readonly missing = computed(
    () => !!this.homework() && !this.item(),
  );
  protected readonly today = computed(() => this.homework()?.today ?? '');
  protected readonly exercise = computed(() => {
    const id = this.item()?.exerciseId;
    return id ? (exerciseById(id) ?? null) : null;
  });
  protected readonly logs = computed(() => {
    const item = this.item();
    return item ? logsMinutes(item) : false;
  });

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
