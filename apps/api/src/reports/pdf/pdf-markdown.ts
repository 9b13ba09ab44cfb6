/// <reference types="pdfkit" />
import type { NoteBlock, NoteRun } from '@herstelkompas/domain';
import { COLOURS, CONTENT_WIDTH, type Layout, PAGE, SIZES } from './pdf-layout';

function fontFor(run: NoteRun): string {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  return run.italic ? 'italic' : 'regular';
}

/**
 * Styled runs as one flowing paragraph: pdfkit continues the line across
 * font changes, so bold and italic words sit inside the sentence.
 */
function runs(
  doc: PDFKit.PDFDocument,
  list: readonly NoteRun[],
  x: number,
  width: number,
  size: number,
): void {
  const shown = list.length ? list : [{ text: '', bold: false, italic: false }];
  shown.forEach((run, i) => {
    const last = i === shown.length - 1;
    doc.font(fontFor(run)).fontSize(size).fillColor(COLOURS.text);
    const options = { width, lineGap: 2.5, continued: !last };
    if (i === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
}

/**
 * A session note drawn from its Markdown blocks: headings in bold, lists
 * with their markers and indents, bold and italics as type. The text is
 * drawn as glyphs only; nothing in a note becomes a link or markup.
 */
export function drawNote(
  doc: PDFKit.PDFDocument,
  layout: Layout,
  blocks: readonly NoteBlock[],
): void {
  for (const block of blocks) {
    if (block.kind === 'heading') {
      layout.ensureSpace(36);
      layout.space(2);
      runs(
        doc,
        block.runs.map((r) => ({ ...r, bold: true })),
        PAGE.left,
        CONTENT_WIDTH,
        SIZES.body + 0.5,
      );
      layout.space(3);
    } else if (block.kind === 'paragraph') {
      layout.ensureSpace(20);
      runs(doc, block.runs, PAGE.left, CONTENT_WIDTH, SIZES.body);
      layout.space(4);
    } else {
      for (const item of block.items) {
        layout.ensureSpace(20);
        const indent = 14 + item.depth * 14;
        const top = doc.y;
        doc
          .font('regular')
          .fontSize(SIZES.body)
          .fillColor(COLOURS.primary)
          .text(item.marker, PAGE.left + indent - 14, top, {
            width: 14,
            lineBreak: false,
          });
        doc.y = top;
        runs(
          doc,
          item.runs,
          PAGE.left + indent,
          CONTENT_WIDTH - indent,
          SIZES.body,
        );
        layout.space(2);
      }
      layout.space(3);
    }
  }
}
