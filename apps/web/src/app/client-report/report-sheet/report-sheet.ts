import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import type { Language } from '@herstelkompas/contracts';
import {
  DASH,
  domainTable,
  formatDate,
  headerFacts,
  noteBlocks,
  painBarShare,
  painTable,
  type ProgressReport,
  reportTexts,
} from '@herstelkompas/domain';
import {
  RadarChart,
  type RadarChartSeries,
} from '../../ui/radar-chart/radar-chart';

/** A bar's length in per cent of the measure's scale, as the PDF draws it. */
function percent(share: number | null): number | null {
  return share === null ? null : Math.max(1, share * 100);
}

/**
 * The report as a sheet of paper: the same sections, in the same order and
 * words as the PDF (apps/api/src/reports/pdf), drawn from the same
 * libs/domain report model. It speaks the report's language, whatever the
 * screen's.
 */
@Component({
  selector: 'hk-report-sheet',
  imports: [RadarChart, NgTemplateOutlet],
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
  /** One measurement: a baseline, nothing to compare with yet. */
  protected readonly single = computed(
    () => this.report().header.measurements < 2,
  );

  protected readonly facts = computed(() => {
    const lines = headerFacts(this.report(), this.language());
    // The letter's subject line names the client already.
    return this.report().letter ? lines.slice(1) : lines;
  });

  /** Now first: the radar fills its first series and dashes the others. */
  protected readonly radar = computed<RadarChartSeries[]>(() => {
    const { radar, header } = this.report();
    const texts = this.texts();
    const period = header.period;
    const start = this.single() ? texts.baseline : texts.start;
    const label = (id: 'baseline' | 'latest') =>
      id === 'baseline'
        ? `${start}${period ? ` (${formatDate(period.from)})` : ''}`
        : `${texts.now}${period ? ` (${formatDate(period.to)})` : ''}`;
    return [...radar]
      .reverse()
      .map((s) => ({ id: s.id, label: label(s.id), scores: s.scores }));
  });

  protected readonly domains = computed(() =>
    domainTable(this.report(), this.language()),
  );
  protected readonly painRows = computed(() =>
    painTable(this.report(), this.language()),
  );

  protected readonly painBars = computed(() =>
    (this.report().pain?.rows ?? [])
      .filter((row) => row.baseline !== null || row.latest !== null)
      .map((row) => ({
        measure: row.measure,
        label: row.label[this.language()],
        startBar: percent(painBarShare(row.measure, row.baseline)),
        // One measurement draws only the baseline bar, as the PDF does.
        nowBar: this.single()
          ? null
          : percent(painBarShare(row.measure, row.latest)),
      })),
  );

  protected readonly notes = computed(() =>
    this.report().notes.map((note) => ({
      date: note.date,
      blocks: noteBlocks(note.summary),
    })),
  );
}
