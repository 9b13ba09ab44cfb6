import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { DOMAINS, DOMAIN_IDS, type TrendSeries } from '@herstelkompas/domain';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainColour } from '../../ui/domain-chip/domain-chip';
import { TrendChart } from '../../ui/trend-chart/trend-chart';
import type { TrendChartSeries } from '../../ui/trend-chart/trend-geometry';

/**
 * One small chart per domain and one for pain, side by side, so a chain
 * reaction (one domain first, the others following) can be seen. One
 * switch shows them all as tables.
 */
@Component({
  selector: 'hk-overview-trends',
  imports: [MatButton, TranslatePipe, DomainChip, TrendChart],
  template: `
    <div class="head">
      <h2 id="trends-title">{{ 'overview.trends.title' | t }}</h2>
      <button
        matButton
        type="button"
        data-testid="trends-toggle"
        (click)="view.set(view() === 'chart' ? 'table' : 'chart')"
      >
        {{ (view() === 'chart' ? 'charts.showTable' : 'charts.showChart') | t }}
      </button>
    </div>
    <p class="help">{{ 'overview.trends.intro' | t }}</p>
    <div class="grid">
      @for (chart of charts(); track chart.id) {
        <section class="chart" [attr.aria-label]="chart.label">
          @if (chart.domain; as domain) {
            <hk-domain-chip [domain]="domain" size="small" />
          } @else {
            <h3>{{ 'overview.trends.pain' | t }}</h3>
          }
          <hk-trend-chart
            [series]="chart.series"
            [label]="chart.label"
            [max]="chart.max"
            [toggle]="false"
            [view]="view()"
          />
        </section>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
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
    .help {
      margin: 0 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 16px;
    }
    .chart {
      display: grid;
      gap: 8px;
      align-content: start;
      justify-items: start;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      break-inside: avoid;
    }
    hk-trend-chart {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewTrends {
  private readonly i18n = inject(I18n);

  readonly trend = input.required<TrendSeries>();

  protected readonly view = signal<'chart' | 'table'>('chart');
  protected readonly charts = computed(() => {
    const trend = this.trend();
    const language = this.i18n.language();
    const domains = DOMAIN_IDS.map((domain) => {
      const name = DOMAINS[domain].name[language];
      return {
        id: domain,
        domain,
        label: this.i18n.t('overview.trends.domainLabel', { domain: name }),
        max: 100,
        series: [
          {
            id: domain,
            label: name,
            colour: domainColour(domain),
            points: trend.domains[domain],
          },
        ] satisfies TrendChartSeries[],
      };
    });
    const pain = {
      id: 'pain',
      domain: null,
      label: this.i18n.t('overview.trends.painLabel'),
      max: 10,
      series: [
        {
          id: 'nprsAverage',
          label: this.i18n.t('overview.trends.pain'),
          colour: 'var(--mat-sys-tertiary)',
          points: trend.pain.nprsAverage,
        },
      ] satisfies TrendChartSeries[],
    };
    return [...domains, pain];
  });
}
