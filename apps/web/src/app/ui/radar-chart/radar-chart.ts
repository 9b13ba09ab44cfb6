import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  model,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  DOMAINS,
  DOMAIN_IDS,
  type DomainId,
  RADAR_NO_SCORE,
  radarGeometry,
} from '@herstelkompas/domain';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainColour } from '../domain-chip/domain-chip';

/** One outline on the radar: 0-100 per domain, null where there is no score. */
export interface RadarChartSeries {
  id: string;
  /** Shown in the legend and the table, e.g. "Laatste meting 18-11-2026". */
  label: string;
  scores: Partial<Record<DomainId, number | null>>;
}

// The drawing is square, with a little room either side for long names.
const SIZE = 300;
const SIDE = 16;
// Side labels sit centred above or below their axis instead of beside it
// (radarGeometry's anchor): a 360 px phone then keeps them readable.
const LABEL_SHIFT = 14;
// Distance between a domain name and its "geen score" line.
const NO_SCORE_LINE = 15;

/**
 * The six domains as a spider chart: the first series filled, the others
 * as dashed outlines to compare with. Drawn from libs/domain's
 * radarGeometry, so the screen and the PDF show the same shape. A table
 * with the same numbers is one click away.
 */
@Component({
  selector: 'hk-radar-chart',
  imports: [MatButton, DomainChip, TranslatePipe],
  templateUrl: './radar-chart.html',
  styleUrl: './radar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadarChart {
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly series = input.required<readonly RadarChartSeries[]>();
  /** What the chart shows, e.g. "De zes domeinen van Jan". */
  readonly label = input.required<string>();
  readonly view = model<'chart' | 'table'>('chart');
  /** Language of the domain names; the screen's unless the chart belongs to a document in another. */
  readonly language = input<'nl' | 'en' | null>(null);
  private readonly names = computed(
    () => this.language() ?? this.i18n.language(),
  );

  protected readonly viewBox = `${-SIDE} 0 ${SIZE + 2 * SIDE} ${SIZE}`;
  protected readonly domainIds = DOMAIN_IDS;
  protected readonly geometry = computed(() =>
    radarGeometry(
      this.series().map(({ id, scores }) => ({ id, scores })),
      { size: SIZE },
    ),
  );
  protected readonly axes = computed(() => {
    const { center, series } = this.geometry();
    // "geen score" follows the first (latest) series: the one drawn filled.
    const missing = new Set(series[0]?.missing.map((m) => m.domain) ?? []);
    return this.geometry().axes.map((axis) => {
      const side = axis.labelAnchor !== 'middle';
      const above = axis.label.y < center.y;
      const shift = above ? -LABEL_SHIFT : LABEL_SHIFT;
      const y = axis.label.y + (side ? shift : 0);
      return {
        ...axis,
        text: { x: axis.label.x, y },
        // On the far side of the name, away from the chart.
        noScore: missing.has(axis.domain)
          ? { x: axis.label.x, y: y + (above ? -NO_SCORE_LINE : NO_SCORE_LINE) }
          : null,
        name: DOMAINS[axis.domain].name[this.names()],
        noScoreText: RADAR_NO_SCORE[this.names()],
        colour: domainColour(axis.domain),
      };
    });
  });
  /** Ring levels written along the stress axis, for scale. */
  protected readonly ringLabels = computed(() => {
    const { center, radius } = this.geometry();
    return this.geometry().rings.map(({ level }) => ({
      level,
      x: center.x + 4,
      y: center.y - (radius * level) / 100,
    }));
  });
  protected readonly shapes = computed(() =>
    this.geometry().series.map((shape, index) => ({
      ...shape,
      primary: index === 0,
      // Hollow marks off the scale, where a domain has no score.
      marks: shape.missing.map(({ mark }) => mark),
      dots: shape.vertices.flatMap((vertex) =>
        vertex.point
          ? [{ ...vertex.point, colour: domainColour(vertex.domain) }]
          : [],
      ),
      openLines: shape.polygon
        ? []
        : shape.segments.map((run) =>
            run.map((p) => `${p.x},${p.y}`).join(' '),
          ),
    })),
  );

  protected readonly summary = computed(() => {
    const names = (id: DomainId) => DOMAINS[id].name[this.names()];
    const parts = this.series().map(
      (series) =>
        `${series.label}: ` +
        DOMAIN_IDS.map(
          (id) => `${names(id)} ${this.number(series.scores[id] ?? null)}`,
        ).join(', '),
    );
    return [this.label(), this.i18n.t('charts.radarScale'), ...parts].join(
      '. ',
    );
  });

  protected number(value: number | null): string {
    return value === null
      ? this.i18n.t('charts.noScore')
      : // Whole points, as the domain cards, the ranking and the report.
        this.format.number(value, '1.0-0');
  }

  protected toggle(): void {
    this.view.update((view) => (view === 'chart' ? 'table' : 'chart'));
  }
}
