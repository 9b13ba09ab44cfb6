/// <reference types="pdfkit" />
import {
  DASH,
  domainTable,
  formatDate,
  formatNumber,
  type Language,
  noteBlocks,
  painBarShare,
  painTable,
  type ProgressReport,
  type ReportPainRow,
  type ReportTable,
} from '@herstelkompas/domain';
import { drawNote } from './pdf-markdown';
import {
  type Cell,
  COLOURS,
  CONTENT_WIDTH,
  type Layout,
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

/** A domain table's cells, with the domain's colour as a swatch. */
function cells(table: ReportTable): Cell[][] {
  return table.rows.map((row) =>
    row.cells.map((text, i): Cell =>
      i === 0 && row.colour ? { text, swatch: row.colour } : text,
    ),
  );
}

export function domainsSection(ctx: SectionContext): void {
  const { layout, report, texts, language } = ctx;
  if (report.domains.length === 0) return;
  layout.heading(texts.domains, 120);
  const table = domainTable(report, language);
  // Points at full width: each fits its longest word on one line.
  const widths =
    table.columns.length === 2 ? [97, 106] : [97, 106, 106, 97, 61];
  layout.table(
    table.columns.map((header, i) => ({ header, width: widths[i] ?? 0 })),
    cells(table),
  );
}

export function painSection(ctx: SectionContext, charts: boolean): void {
  const { layout, report, texts, language } = ctx;
  if (!report.pain) return;
  // Table and bars are one idea: keep them on one page when they fit.
  const rows = report.pain.rows.length;
  const height = 40 + rows * 21 + (charts ? 34 + rows * BAR.rowHeight : 0);
  layout.heading(texts.pain, height);
  const table = painTable(report, language);
  const widths = table.columns.length === 2 ? [46, 18] : [46, 18, 18, 18];
  layout.table(
    table.columns.map((header, i) => ({
      header,
      width: widths[i] ?? 0,
      align: i === 0 ? 'left' : 'right',
    })),
    cells(table),
  );
  if (charts) painBars(ctx, report.pain.rows);
}

const BAR = { height: 7, gap: 3, labelWidth: 190, rowHeight: 27 };

/** Start and now as paired bars per measure, on the measure's own scale. */
function painBars(ctx: SectionContext, rows: readonly ReportPainRow[]): void {
  const { doc, layout, language } = ctx;
  const shown = rows.filter((r) => r.baseline !== null || r.latest !== null);
  // One measurement: one bar per measure, the baseline.
  const single = ctx.report.header.measurements < 2;
  layout.ensureSpace(shown.length * BAR.rowHeight + 26);
  const barX = PAGE.left + BAR.labelWidth;
  const barWidth = CONTENT_WIDTH - BAR.labelWidth - 40;
  let y = doc.y + 4;
  doc.font('regular').fontSize(SIZES.small);
  let legendX = barX;
  const legend: (readonly [string, string])[] = single
    ? [[ctx.texts.baseline, COLOURS.baseline]]
    : [
        [ctx.texts.start, COLOURS.baseline],
        [ctx.texts.now, COLOURS.primary],
      ];
  for (const [text, colour] of legend) {
    doc.rect(legendX, y + 1, 14, BAR.height).fill(colour);
    doc
      .fillColor(COLOURS.muted)
      .text(text, legendX + 18, y, { lineBreak: false });
    legendX += 30 + doc.widthOfString(text);
  }
  y += 16;
  for (const row of shown) {
    doc
      .font('regular')
      .fontSize(SIZES.small)
      .fillColor(COLOURS.text)
      .text(row.label[language], PAGE.left, y + 2, {
        width: BAR.labelWidth - 10,
        lineBreak: false,
        ellipsis: true,
      });
    const bars: [number | null, string][] = single
      ? [[row.baseline, COLOURS.baseline]]
      : [
          [row.baseline, COLOURS.baseline],
          [row.latest, COLOURS.primary],
        ];
    bars.forEach(([value, colour], i) => {
      const top = y + i * (BAR.height + BAR.gap);
      doc.rect(barX, top, barWidth, BAR.height).fill(COLOURS.grid);
      const share = painBarShare(row.measure, value);
      if (share === null || value === null) return;
      doc
        .rect(barX, top, Math.max(1, share * barWidth), BAR.height)
        .fill(colour);
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
    drawNote(ctx.doc, layout, noteBlocks(note.summary));
    layout.space(4);
  }
}

export function closingSection(ctx: SectionContext): void {
  const { layout, report, texts } = ctx;
  if (report.closing) {
    layout.heading(texts.closing);
    layout.paragraph(report.closing);
  }
}

/** What the scores are and are not: small print at the very end. */
export function aboutSection(ctx: SectionContext): void {
  const { layout, report, texts, language } = ctx;
  layout.heading(texts.about, 30);
  layout.paragraph(report.disclaimer[language], {
    muted: true,
    size: SIZES.small,
  });
}
