import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import {
  TREND_LAYOUT,
  type TrendChartSeries,
  trendGeometry,
} from './trend-geometry';

export type { TrendChartPoint, TrendChartSeries } from './trend-geometry';

/**
 * Values over time as lines with points (0-100 domains, 0-10 pain). Dates
 * are dd-mm-jjjj; the same numbers are available as a table, switched here
 * or by the parent through `view` (several charts, one switch).
 */
@Component({
  selector: 'hk-trend-chart',
  imports: [MatButton, TranslatePipe],
  templateUrl: './trend-chart.html',
  styleUrl: './trend-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly series = input.required<readonly TrendChartSeries[]>();
  /** What the chart shows, e.g. "Slaap door de tijd". */
  readonly label = input.required<string>();
  /** Top of the scale: 100 for domains, 10 for pain. */
  readonly max = input(100);
  readonly view = model<'chart' | 'table'>('chart');
  /** Show the chart/table switch; off when the parent switches. */
  readonly toggle = input(true);

  protected readonly layout = TREND_LAYOUT;
  protected readonly viewBox = `0 0 ${TREND_LAYOUT.width} ${TREND_LAYOUT.height}`;
  protected readonly geometry = computed(() =>
    trendGeometry(this.series(), this.max()),
  );
  protected readonly dates = computed(
    () => this.series()[0]?.points.map((p) => p.date) ?? [],
  );

  protected readonly summary = computed(() => {
    const parts = this.series().map(
      (s) =>
        `${s.label}: ` +
        s.points
          .map((p) =>
            this.i18n.t('charts.valueOn', {
              value: this.number(p.value),
              date: this.date(p.date),
            }),
          )
          .join(', '),
    );
    return [this.label(), ...parts].join('. ');
  });

  protected date(value: string): string {
    return this.format.date(value);
  }

  protected number(value: number | null): string {
    return value === null
      ? this.i18n.t('charts.noValue')
      : this.format.number(value, '1.0-1');
  }

  protected switchView(): void {
    this.view.update((view) => (view === 'chart' ? 'table' : 'chart'));
  }
}
