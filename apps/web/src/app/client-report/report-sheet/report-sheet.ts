import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { Language } from '@herstelkompas/contracts';
import {
  formatDate,
  type ProgressReport,
  type ReportPainRow,
  reportTexts,
} from '@herstelkompas/domain';
import {
  RadarChart,
  type RadarChartSeries,
} from '../../ui/radar-chart/radar-chart';
import {
  DASH,
  type SheetFormat,
  changeText,
  painDeltaText,
  painText,
  scoreText,
} from './sheet-format';

/** A bar's length as a percentage of the measure's own scale. */
function barWidth(row: ReportPainRow, value: number | null): number | null {
  if (value === null) return null;
  const max = row.measure === 'beliefs' ? 100 : 10;
  return Math.max(1, (Math.min(value, max) / max) * 100);
}

/**
 * The report as a sheet of paper: the same sections, in the same order and
 * words as the PDF (apps/api/src/reports/pdf), drawn from the same
 * libs/domain report model. It speaks the report's language, whatever the
 * screen's.
 */
@Component({
  selector: 'hk-report-sheet',
  imports: [RadarChart],
  templateUrl: './report-sheet.html',
  styleUrl: './report-sheet.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.lang]': 'language()' },
})
export class ReportSheet {
  readonly report = input.required<ProgressReport>();
  readonly language = input.required<Language>();
  /** Pain bars asked for, and pain not kept out of focus. */
  readonly painCharts = input.required<boolean>();

  protected readonly dash = DASH;
  protected readonly date = formatDate;
  protected readonly texts = computed(() =>
    reportTexts(this.report().audience, this.language()),
  );
  private readonly format = computed<SheetFormat>(() => ({
    audience: this.report().audience,
    language: this.language(),
  }));

  protected readonly facts = computed(() => {
    const { header, audience } = this.report();
    const texts = this.texts();
    const born =
      audience === 'referrer'
        ? `, ${texts.born} ${formatDate(header.clientDateOfBirth)}`
        : '';
    return [
      `${texts.client}: ${header.clientName}${born} (${texts.age(header.clientAge)})`,
      `${texts.practitioner}: ${header.practitionerName}`,
      ...(header.period
        ? [
            `${texts.period}: ${formatDate(header.period.from)} - ${formatDate(header.period.to)}`,
          ]
        : []),
    ];
  });

  /** Now first: the radar fills its first series and dashes the others. */
  protected readonly radar = computed<RadarChartSeries[]>(() => {
    const { radar, header } = this.report();
    const texts = this.texts();
    const period = header.period;
    const label = (id: 'baseline' | 'latest') =>
      id === 'baseline'
        ? `${texts.start}${period ? ` (${formatDate(period.from)})` : ''}`
        : `${texts.now}${period ? ` (${formatDate(period.to)})` : ''}`;
    return [...radar]
      .reverse()
      .map((s) => ({ id: s.id, label: label(s.id), scores: s.scores }));
  });

  protected readonly domains = computed(() =>
    this.report().domains.map((row) => ({
      domain: row.domain,
      name: row.name[this.language()],
      colour: row.colour,
      start: scoreText(this.format(), row.baseline),
      now: scoreText(this.format(), row.latest),
      change: changeText(this.format(), row),
      notable: row.change?.notable ? this.texts().yes : DASH,
    })),
  );

  protected readonly pain = computed(() =>
    (this.report().pain?.rows ?? []).map((row) => ({
      measure: row.measure,
      label: row.label[this.language()],
      start: painText(this.format(), row.baseline),
      now: painText(this.format(), row.latest),
      change: painDeltaText(this.format(), row.change?.delta),
      startBar: barWidth(row, row.baseline),
      nowBar: barWidth(row, row.latest),
    })),
  );
  protected readonly painBars = computed(() =>
    this.pain().filter((row) => row.startBar !== null || row.nowBar !== null),
  );
}
