import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import type { ClientCheckIns } from '@herstelkompas/contracts';
import { DOMAINS, DOMAIN_IDS, type CheckInPoint } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TrendChartPoint } from '../../ui/trend-chart/trend-geometry';
import { OverviewApi } from '../overview-api';
import {
  type TrendCard,
  TrendCards,
  trendCard,
} from '../trend-cards/trend-cards';

const points = (series: readonly CheckInPoint[]): TrendChartPoint[] =>
  series.map((p) => ({ date: p.at, value: p.value }));

/**
 * The client's own weekly check-ins as small 0-10 charts (pain, the six
 * domains, how safe moving feels), labelled as self-reported and kept
 * apart from the intake's 0-100 scores, with the last check-in's date.
 */
@Component({
  selector: 'hk-check-in-trends',
  imports: [HkDatePipe, TranslatePipe, TrendCards],
  template: `
    <hk-trend-cards
      headingId="check-in-trends-title"
      gridTestId="check-in-trends"
      [heading]="'overview.checkIns.title' | t"
      [intro]="'overview.checkIns.intro' | t"
      [cards]="data()?.lastCheckInAt ? cards() : []"
      [selfReported]="true"
    >
      @if (failed()) {
        <p role="alert">{{ 'overview.checkIns.loadError' | t }}</p>
      } @else if (data(); as data) {
        @if (data.lastCheckInAt; as last) {
          <p class="last" data-testid="check-in-last">
            {{ 'overview.checkIns.last' | t: { date: (last | hkDate) } }}
            @if (data.dailyLogs.length) {
              ·
              {{
                'overview.checkIns.dailyLogs'
                  | t: { count: data.dailyLogs.length }
              }}
            }
          </p>
          @if (data.checkIns[0]?.homeworkDoneItems?.length) {
            <p class="last" data-testid="check-in-homework-done">
              {{
                'overview.checkIns.homeworkDone'
                  | t
                    : {
                        titles: titlesOf(data.checkIns[0].homeworkDoneItems),
                      }
              }}
            </p>
          }
        } @else {
          <p class="empty" data-testid="check-in-none">
            {{ 'overview.checkIns.none' | t }}
          </p>
        }
      }
    </hk-trend-cards>
  `,
  styles: `
    :host {
      display: block;
    }
    /* Nothing to show until the client sends a check-in or a daily log. */
    :host([hidden]) {
      display: none !important;
    }
    .last,
    .empty {
      margin: 0 0 12px;
      font: var(--mat-sys-body-medium);
    }
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { '[attr.hidden]': 'nothingYet() ? "" : null' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInTrends {
  private readonly api = inject(OverviewApi);
  private readonly i18n = inject(I18n);

  readonly clientId = input.required<string>();

  protected readonly data = signal<ClientCheckIns | null>(null);
  protected readonly failed = signal(false);
  /** A client outside the portal, or in it without a check-in: no empty card on the overview. */
  protected readonly nothingYet = computed(() => {
    const data = this.data();
    return !!data && !data.checkIns.length && !data.dailyLogs.length;
  });
  protected titlesOf(items: readonly { title: string }[]): string {
    return items.map((h) => h.title).join(', ');
  }

  constructor() {
    effect(() => {
      const id = this.clientId();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    this.failed.set(false);
    try {
      this.data.set(await firstValueFrom(this.api.checkIns(id)));
    } catch {
      this.failed.set(true);
    }
  }

  protected readonly cards = computed((): TrendCard[] => {
    const data = this.data();
    if (!data) return [];
    const language = this.i18n.language();
    const t = (
      key: Parameters<I18n['t']>[0],
      params?: Parameters<I18n['t']>[1],
    ) => this.i18n.t(key, params);
    const pain = trendCard({
      id: 'painNow',
      domain: null,
      title: t('overview.checkIns.pain'),
      label: t('overview.checkIns.painLabel'),
      max: 10,
      points: points(data.series.painNow),
    });
    const domains = DOMAIN_IDS.map((domain) => {
      const name = DOMAINS[domain].name[language];
      return trendCard({
        id: domain,
        domain,
        title: name,
        label: t('overview.checkIns.domainLabel', { domain: name }),
        max: 10,
        points: points(data.series.domains[domain]),
      });
    });
    const safety = trendCard({
      id: 'movementSafety',
      domain: null,
      title: t('overview.checkIns.safety'),
      label: t('overview.checkIns.safetyLabel'),
      max: 10,
      colour: 'var(--mat-sys-primary)',
      points: points(data.series.movementSafety),
    });
    return [pain, ...domains, safety];
  });
}
