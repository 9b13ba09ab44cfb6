import {
  ChangeDetectionStrategy,
  Component,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { DomainId } from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainColour } from '../../ui/domain-chip/domain-chip';
import { TrendChart } from '../../ui/trend-chart/trend-chart';
import type {
  TrendChartPoint,
  TrendChartSeries,
} from '../../ui/trend-chart/trend-geometry';

/** One small chart: a domain (shown by its chip) or another measure (by its title). */
export interface TrendCard {
  id: string;
  domain: DomainId | null;
  title: string;
  /** What a screen reader hears for the chart, and its table's caption. */
  label: string;
  max: number;
  series: TrendChartSeries[];
}

/** A card of one series, in the domain's colour when it is a domain's. */
export function trendCard(
  card: Omit<TrendCard, 'series'> & {
    colour?: string;
    points: readonly TrendChartPoint[];
  },
): TrendCard {
  const { colour, points, ...rest } = card;
  return {
    ...rest,
    series: [
      {
        id: card.id,
        label: card.title,
        colour:
          colour ??
          (card.domain ? domainColour(card.domain) : 'var(--mat-sys-tertiary)'),
        points,
      },
    ],
  };
}

/**
 * Small charts side by side under a heading, so a chain reaction (one domain
 * first, the others following) can be seen; one switch shows them all as
 * tables. What goes between the intro and the charts is projected. Cards of
 * the client's own estimates are drawn with a dashed border, apart from the
 * intake's scores.
 */
@Component({
  selector: 'hk-trend-cards',
  imports: [MatButton, TranslatePipe, DomainChip, TrendChart],
  template: `
    <div class="head">
      <h2 [id]="headingId()">{{ heading() }}</h2>
      @if (cards().length) {
        <button
          matButton
          type="button"
          [attr.data-testid]="toggleTestId()"
          (click)="view.set(view() === 'chart' ? 'table' : 'chart')"
        >
          {{
            (view() === 'chart' ? 'charts.showTable' : 'charts.showChart') | t
          }}
        </button>
      }
    </div>
    <p class="help">{{ intro() }}</p>
    <ng-content />
    @if (cards().length) {
      <div
        class="grid"
        [class.self-reported]="selfReported()"
        [attr.data-testid]="gridTestId()"
      >
        @for (card of cards(); track card.id) {
          <section class="chart" [attr.aria-label]="card.label">
            @if (card.domain; as domain) {
              <hk-domain-chip [domain]="domain" size="small" />
            } @else {
              <h3>{{ card.title }}</h3>
            }
            <hk-trend-chart
              [series]="card.series"
              [label]="card.label"
              [max]="card.max"
              [toggle]="false"
              [view]="view()"
            />
          </section>
        }
      </div>
    }
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
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      break-inside: avoid;
    }
    .self-reported .chart {
      border: 1px dashed var(--mat-sys-outline);
    }
    hk-trend-chart {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendCards {
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly intro = input.required<string>();
  readonly cards = input.required<readonly TrendCard[]>();
  readonly selfReported = input(false);
  readonly toggleTestId = input<string | null>(null);
  readonly gridTestId = input<string | null>(null);

  protected readonly view = signal<'chart' | 'table'>('chart');
}
