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
import { MatButton } from '@angular/material/button';
import type { ClientCheckIns } from '@herstelkompas/contracts';
import {
  DOMAINS,
  DOMAIN_IDS,
  type CheckInPoint,
  type DomainId,
} from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainColour } from '../../ui/domain-chip/domain-chip';
import { TrendChart } from '../../ui/trend-chart/trend-chart';
import type {
  TrendChartPoint,
  TrendChartSeries,
} from '../../ui/trend-chart/trend-geometry';
import { OverviewApi } from '../overview-api';

const points = (series: readonly CheckInPoint[]): TrendChartPoint[] =>
  series.map((p) => ({ date: p.at, value: p.value }));

interface Chart {
  id: string;
  domain: DomainId | null;
  title: string;
  label: string;
  series: TrendChartSeries[];
}

/**
 * The client's own weekly check-ins as small 0-10 charts (pain, the six
 * domains, how safe moving feels), labelled as self-reported and kept
 * apart from the intake's 0-100 scores, with the last check-in's date.
 */
@Component({
  selector: 'hk-check-in-trends',
  imports: [MatButton, HkDatePipe, TranslatePipe, DomainChip, TrendChart],
  template: `
    <div class="head">
      <h2 id="check-in-trends-title">{{ 'overview.checkIns.title' | t }}</h2>
      @if (data()?.checkIns?.length) {
        <button
          matButton
          type="button"
          (click)="view.set(view() === 'chart' ? 'table' : 'chart')"
        >
          {{
            (view() === 'chart' ? 'charts.showTable' : 'charts.showChart') | t
          }}
        </button>
      }
    </div>
    <p class="help">{{ 'overview.checkIns.intro' | t }}</p>
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
        <div class="grid" data-testid="check-in-trends">
          @for (chart of charts(); track chart.id) {
            <section class="chart" [attr.aria-label]="chart.label">
              @if (chart.domain; as domain) {
                <hk-domain-chip [domain]="domain" size="small" />
              } @else {
                <h3>{{ chart.title }}</h3>
              }
              <hk-trend-chart
                [series]="chart.series"
                [label]="chart.label"
                [max]="10"
                [toggle]="false"
                [view]="view()"
              />
            </section>
          }
        </div>
      } @else {
        <p class="empty" data-testid="check-in-none">
          {{ 'overview.checkIns.none' | t }}
        </p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    /* Nothing to show until the client sends a check-in or a daily log. */
    :host([hidden]) {
      display: none !important;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .help,
    .last,
    .empty {
      margin: 0 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .last {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
    }
    .grid {
      display: grid;
      /* At least 280 px: the charts draw 14 px labels in a 320-wide box, so they stay 12 px or more. */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 280px), 1fr));
      gap: 12px;
    }
    .chart {
      display: grid;
      gap: 8px;
      align-content: start;
      justify-items: start;
      padding: 12px;
      border: 1px dashed var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-medium);
      break-inside: avoid;
    }
    hk-trend-chart {
      width: 100%;
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
  protected readonly view = signal<'chart' | 'table'>('chart');
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

  protected readonly charts = computed<Chart[]>(() => {
    const data = this.data();
    if (!data) return [];
    const language = this.i18n.language();
    const t = (
      key: Parameters<I18n['t']>[0],
      params?: Parameters<I18n['t']>[1],
    ) => this.i18n.t(key, params);
    const pain: Chart = {
      id: 'painNow',
      domain: null,
      title: t('overview.checkIns.pain'),
      label: t('overview.checkIns.painLabel'),
      series: [
        {
          id: 'painNow',
          label: t('overview.checkIns.pain'),
          colour: 'var(--mat-sys-tertiary)',
          points: points(data.series.painNow),
        },
      ],
    };
    const domains = DOMAIN_IDS.map((domain): Chart => {
      const name = DOMAINS[domain].name[language];
      return {
        id: domain,
        domain,
        title: name,
        label: t('overview.checkIns.domainLabel', { domain: name }),
        series: [
          {
            id: domain,
            label: name,
            colour: domainColour(domain),
            points: points(data.series.domains[domain]),
          },
        ],
      };
    });
    const safety: Chart = {
      id: 'movementSafety',
      domain: null,
      title: t('overview.checkIns.safety'),
      label: t('overview.checkIns.safetyLabel'),
      series: [
        {
          id: 'movementSafety',
          label: t('overview.checkIns.safety'),
          colour: 'var(--mat-sys-primary)',
          points: points(data.series.movementSafety),
        },
      ],
    };
    return [pain, ...domains, safety];
  });
}
