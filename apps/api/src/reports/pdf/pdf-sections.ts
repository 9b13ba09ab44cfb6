/// <reference types="pdfkit" />
import {
  formatDate,
  formatNumber,
  type Language,
  type ProgressReport,
  type ReportDomainRow,
  type ReportPainRow,
  type ReportScoreCell,
  roundHalfAwayFromZero,
} from '@herstelkompas/domain';
import {
  type Cell,
  COLOURS,
  CONTENT_WIDTH,
  Layout,
  PAGE,
  SIZES,
} from './pdf-layout';
import type { ReportTexts } from '@herstelkompas/domain';

/** What every section needs besides the report itself. */
export interface SectionContext {
  doc: PDFKit.PDFDocument;
  layout: Layout;
  report: ProgressReport;
  language: Language;
  texts: ReportTexts;
}

const DASH = '—';

/** Clients read whole numbers; referrers get the one decimal. */
function number(ctx: SectionContext, value: number): string {
  const shown =
    ctx.report.audience === 'client' ? roundHalfAwayFromZero(value) : value;
  return formatNumber(shown, ctx.language);
}

function signed(ctx: SectionContext, delta: number): string {
  return (delta > 0 ? '+' : '') + number(ctx, delta);
}

/** Plain words before numbers: "sterk verstoord (63)". */
function scoreText(ctx: SectionContext, cell: ReportScoreCell | null): string {
  if (!cell) return DASH;
  const words = cell.bandLabel[ctx.language];
  return cell.score === null ? words : `${words} (${number(ctx, cell.score)})`;
}

/** "duidelijk verbeterd (-23)"; just the words when there is no number. */
function changeText(ctx: SectionContext, row: ReportDomainRow): string {
  if (!row.changeLabel) return DASH;
  const words = row.changeLabel[ctx.language];
  const delta = row.change?.delta ?? null;
  return delta === null ? words : `${words} (${signed(ctx, delta)})`;
}

export function domainsSection(ctx: SectionContext): void {
  const { layout, report, texts, language } = ctx;
  if (report.domains.length === 0) return;
  layout.heading(texts.domains, 120);
  layout.table(
    [
      // Points at full width: each fits its longest word on one line.
      { header: texts.domain, width: 97 },
      { header: texts.start, width: 106 },
      { header: texts.now, width: 106 },
      { header: texts.change, width: 97 },
      { header: texts.notable, width: 61 },
    ],
    report.domains.map((row): Cell[] => [
      { text: row.name[language], swatch: row.colour },
      scoreText(ctx, row.baseline),
      scoreText(ctx, row.latest),
      changeText(ctx, row),
      row.change?.notable ? texts.yes : DASH,
    ]),
  );
}

function painValue(ctx: SectionContext, value: number | null): string {
  return value === null ? DASH : formatNumber(value, ctx.language);
}

export function painSection(ctx: SectionContext, charts: boolean): void {
  const { layout, report, texts, language } = ctx;
  if (!report.pain) return;
  // Table and bars are one idea: keep them on one page when they fit.
  const rows = report.pain.rows.length;
  const height = 40 + rows * 21 + (charts ? 34 + rows * BAR.rowHeight : 0);
  layout.heading(texts.pain, height);
  layout.table(
    [
      { header: texts.measure, width: 46 },
      { header: texts.start, width: 18, align: 'right' },
      { header: texts.now, width: 18, align: 'right' },
      { header: texts.change, width: 18, align: 'right' },
    ],
    report.pain.rows.map((row) => [
      row.label[language],
      painValue(ctx, row.baseline),
      painValue(ctx, row.latest),
      row.change?.delta == null
        ? DASH
        : (row.change.delta > 0 ? '+' : '') +
          formatNumber(row.change.delta, language),
    ]),
  );
  if (charts) painBars(ctx, report.pain.rows);
}

const BAR = { height: 7, gap: 3, labelWidth: 190, rowHeight: 27 };

/** Start and now as paired bars per measure, on the measure's own scale. */
function painBars(ctx: SectionContext, rows: readonly ReportPainRow[]): void {
  const { doc, layout, language } = ctx;
  const shown = rows.filter((r) => r.baseline !== null || r.latest !== null);
  layout.ensureSpace(shown.length * BAR.rowHeight + 26);
  const barX = PAGE.left + BAR.labelWidth;
  const barWidth = CONTENT_WIDTH - BAR.labelWidth - 40;
  let y = doc.y + 4;
  doc.font('regular').fontSize(SIZES.small);
  let legendX = barX;
  for (const [text, colour] of [
    [ctx.texts.start, COLOURS.baseline],
    [ctx.texts.now, COLOURS.primary],
  ] as const) {
    doc.rect(legendX, y + 1, 14, BAR.height).fill(colour);
    doc
      .fillColor(COLOURS.muted)
      .text(text, legendX + 18, y, { lineBreak: false });
    legendX += 30 + doc.widthOfString(text);
  }
  y += 16;
  for (const row of shown) {
    const max = row.measure === 'beliefs' ? 100 : 10;
    doc
      .font('regular')
      .fontSize(SIZES.small)
      .fillColor(COLOURS.text)
      .text(row.label[language], PAGE.left, y + 2, {
        width: BAR.labelWidth - 10,
        lineBreak: false,
        ellipsis: true,
      });
    const bars: [number | null, string][] = [
      [row.baseline, COLOURS.baseline],
      [row.latest, COLOURS.primary],
    ];
    bars.forEach(([value, colour], i) => {
      const top = y + i * (BAR.height + BAR.gap);
      doc.rect(barX, top, barWidth, BAR.height).fill(COLOURS.grid);
      if (value === null) return;
      const width = Math.max(1, (Math.min(value, max) / max) * barWidth);
      doc.rect(barX, top, width, BAR.height).fill(colour);
      doc
        .fillColor(COLOURS.muted)
        .text(formatNumber(value, language), barX + barWidth + 6, top - 1, {
          lineBreak: false,
        });
    });
    y += BAR.rowHeight;
  }
  doc.x = PAGE.left;
  doc.y = y + 4;
}

export function redFlagSection(ctx: SectionContext): void {
  const { layout, report, texts, language } = ctx;
  if (report.redFlags === null) return;
  layout.heading(texts.redFlags);
  if (report.redFlags.length === 0) {
    layout.paragraph(texts.noRedFlags);
    return;
  }
  layout.table(
    [
      { header: texts.urgency, width: 22 },
      { header: texts.flag, width: 26 },
      { header: texts.raisedOn, width: 14 },
      { header: texts.followUp, width: 38 },
    ],
    report.redFlags.map((flag) => [
      flag.urgencyLabel[language],
      `${flag.label[language]} (${flag.resolved ? texts.resolved : texts.open})`,
      formatDate(flag.raisedOn),
      flag.followUp ?? DASH,
    ]),
  );
}

export function focusSection(ctx: SectionContext): void {
  const { doc, layout, report, texts, language } = ctx;
  const focus = report.focus;
  if (!focus) return;
  layout.heading(texts.focus, 90);
  for (const domain of focus.domains) {
    layout.ensureSpace(50);
    const top = doc.y;
    doc.rect(PAGE.left, top + 2, 8, 8).fill(domain.colour);
    doc
      .font('bold')
      .fontSize(SIZES.body + 0.5)
      .fillColor(COLOURS.text)
      .text(domain.name[language], PAGE.left + 14, top, {
        width: CONTENT_WIDTH - 14,
      });
    layout.space(2);
    layout.paragraph(domain.explanation[language]);
    layout.space(2);
  }
  layout.ensureSpace(40);
  layout.paragraph(`${texts.focusReason}: ${focus.reasonLabel[language]}`, {
    bold: true,
  });
  if (focus.reasonText) layout.paragraph(focus.reasonText);
  if (focus.chosenByPractitioner) {
    layout.paragraph(texts.changedByPractitioner, { muted: true });
  }
}

export function goalsSection(ctx: SectionContext): void {
  const { layout, report, texts, language } = ctx;
  if (report.goals.length === 0) return;
  layout.heading(texts.goals);
  layout.table(
    [
      { header: texts.goal, width: 44 },
      { header: texts.domain, width: 20 },
      { header: texts.status, width: 18 },
      { header: texts.targetDate, width: 18 },
    ],
    report.goals.map((goal) => [
      goal.title,
      goal.domainName ? goal.domainName[language] : DASH,
      goal.statusLabel[language],
      goal.targetDate ? formatDate(goal.targetDate) : DASH,
    ]),
  );
}

export function notesSection(ctx: SectionContext): void {
  const { layout, report, texts } = ctx;
  if (report.notes.length === 0) return;
  layout.heading(texts.notes);
  for (const note of report.notes) {
    layout.ensureSpace(40);
    layout.paragraph(formatDate(note.date), { bold: true });
    layout.paragraph(note.summary);
    layout.space(4);
  }
}

export function closingSection(ctx: SectionContext): void {
  const { layout, report, texts, language } = ctx;
  if (report.closing) {
    layout.heading(texts.closing);
    layout.paragraph(report.closing);
  }
  layout.heading(texts.about, 30);
  layout.paragraph(report.disclaimer[language], {
    muted: true,
    size: SIZES.small,
  });
}
