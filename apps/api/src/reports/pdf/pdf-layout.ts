/// <reference types="pdfkit" />
/** A4 in PDF points, with generous margins and room for the footer. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 64,
  right: 64,
  top: 60,
  bottom: 76,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** A calm teal for headings and the latest series; muted greys elsewhere. */
export const COLOURS = {
  text: '#1F2933',
  muted: '#5F6B76',
  primary: '#00695C',
  rule: '#D0D5DA',
  grid: '#E3E7EA',
  baseline: '#7B8794',
} as const;

export const SIZES = {
  title: 22,
  heading: 14,
  body: 10.5,
  table: 8.5,
  small: 8.5,
};

/** One column of a table: a share of the content width. */
export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A cell: text, optionally with a colour swatch (a domain) before it. */
export type Cell = string | { text: string; swatch: string };

const CELL_PAD = 5;
const SWATCH = 8;

/**
 * Text, headings and tables that flow over pages. Everything is written in
 * reading order, so text extraction and screen readers get it in order.
 */
export class Layout {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  get y(): number {
    return this.doc.y;
  }

  private get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  space(points: number): void {
    this.doc.y += points;
  }

  remaining(): number {
    return this.bottom - this.doc.y;
  }

  heading(text: string, keepWith = 80): void {
    this.ensureSpace(SIZES.heading + keepWith);
    this.space(10);
    this.doc
      .font('bold')
      .fontSize(SIZES.heading)
      .fillColor(COLOURS.primary)
      .text(text, PAGE.left, this.doc.y, { width: CONTENT_WIDTH });
    this.space(6);
  }

  paragraph(
    text: string,
    options: { bold?: boolean; muted?: boolean; size?: number } = {},
  ): void {
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? SIZES.body)
      .fillColor(options.muted ? COLOURS.muted : COLOURS.text)
      .text(text, PAGE.left, this.doc.y, {
        width: CONTENT_WIDTH,
        lineGap: 2.5,
      });
    this.space(4);
  }

  /** A bulleted line list, e.g. the headlines. */
  bullets(lines: readonly string[]): void {
    for (const line of lines) {
      this.ensureSpace(28);
      const top = this.doc.y;
      this.doc.circle(PAGE.left + 3, top + 6, 2).fill(COLOURS.primary);
      this.doc
        .font('regular')
        .fontSize(SIZES.body)
        .fillColor(COLOURS.text)
        .text(line, PAGE.left + 14, top, {
          width: CONTENT_WIDTH - 14,
          lineGap: 2.5,
        });
      this.space(5);
    }
  }

  /** A table with a bold header row, repeated after a page break. */
  table(columns: readonly Column[], rows: readonly (readonly Cell[])[]): void {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
    const header = columns.map((c) => c.header);
    const draw = (cells: readonly Cell[], bold: boolean) => {
      const height = this.rowHeight(cells, widths, bold);
      const top = this.doc.y;
      let x = PAGE.left;
      cells.forEach((cell, i) => {
        this.cell(cell, x, top, widths[i] ?? 0, bold, columns[i]?.align);
        x += widths[i] ?? 0;
      });
      const end = top + height;
      this.doc
        .moveTo(PAGE.left, end)
        .lineTo(PAGE.left + CONTENT_WIDTH, end)
        .lineWidth(bold ? 0.8 : 0.4)
        .strokeColor(bold ? COLOURS.muted : COLOURS.rule)
        .stroke();
      this.doc.y = end;
    };
    const headerHeight = this.rowHeight(header, widths, true);
    // Never leave a header alone at the foot of a page.
    const first = rows[0];
    this.ensureSpace(
      headerHeight + (first ? this.rowHeight(first, widths, false) : 0),
    );
    draw(header, true);
    for (const row of rows) {
      const height = this.rowHeight(row, widths, false);
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        draw(header, true);
      }
      draw(row, false);
    }
    this.space(8);
  }

  private cellText(cell: Cell): string {
    return typeof cell === 'string' ? cell : cell.text;
  }

  private rowHeight(
    cells: readonly Cell[],
    widths: readonly number[],
    bold: boolean,
  ): number {
    this.doc.font(bold ? 'bold' : 'regular').fontSize(SIZES.table);
    const heights = cells.map((cell, i) => {
      const inner = (widths[i] ?? 0) - 2 * CELL_PAD - swatchWidth(cell);
      return this.doc.heightOfString(this.cellText(cell), {
        width: inner,
        lineGap: 1.5,
      });
    });
    return Math.max(...heights) + 2 * CELL_PAD;
  }

  private cell(
    cell: Cell,
    x: number,
    top: number,
    width: number,
    bold: boolean,
    align: 'left' | 'right' = 'left',
  ): void {
    const indent = swatchWidth(cell);
    if (typeof cell !== 'string') {
      this.doc
        .rect(x + CELL_PAD, top + CELL_PAD + 1.5, SWATCH, SWATCH)
        .fill(cell.swatch);
    }
    this.doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(SIZES.table)
      .fillColor(COLOURS.text)
      .text(this.cellText(cell), x + CELL_PAD + indent, top + CELL_PAD, {
        width: width - 2 * CELL_PAD - indent,
        lineGap: 1.5,
        align,
      });
  }
}

function swatchWidth(cell: Cell): number {
  return typeof cell === 'string' ? 0 : SWATCH + 5;
}

/** Writes the footer on every buffered page once the content is complete. */
export function writeFooters(
  doc: PDFKit.PDFDocument,
  footer: (page: number, pages: number) => string,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.bottom + 30;
    doc
      .moveTo(PAGE.left, y - 8)
      .lineTo(PAGE.left + CONTENT_WIDTH, y - 8)
      .lineWidth(0.4)
      .strokeColor(COLOURS.rule)
      .stroke();
    doc
      .font('regular')
      .fontSize(SIZES.small)
      .fillColor(COLOURS.muted)
      .text(footer(i - start + 1, count), PAGE.left, y, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
}
