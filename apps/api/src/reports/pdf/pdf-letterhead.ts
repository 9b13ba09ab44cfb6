import type { Language } from '@herstelkompas/domain';
import { COLOURS, CONTENT_WIDTH, type Layout, PAGE, SIZES } from './pdf-layout';

/**
 * The practice's letterhead and the practitioner's signature, from
 * Instellingen -> Praktijk and the practitioner's own profile. Plain data,
 * so it crosses to the render worker and into the report's fingerprint.
 */
export interface Letterhead {
  practiceName: string;
  /** "Stationsstraat 12", "3511 AB Utrecht": the lines that are filled in. */
  addressLines: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  kvk: string | null;
  agb: string | null;
  /** The re-encoded logo (PNG), base64; null without one. */
  logoPng: string | null;
  signature: {
    name: string;
    profession: string | null;
    registration: string | null;
  };
}

/** Draws image bytes; reports take images from this one source only (see lockDown). */
export type DrawPng = (
  png: Buffer,
  x: number,
  y: number,
  fit: [number, number],
) => void;

const LOGO_BOX: [number, number] = [170, 56];
const LABELS = {
  nl: { phone: 'Tel.', kvk: 'KvK', agb: 'AGB', by: 'Opgesteld door' },
  en: { phone: 'Tel.', kvk: 'KvK', agb: 'AGB', by: 'Prepared by' },
} as const;

/**
 * Top of page 1: the logo on the left (when there is one), the practice's
 * name and contact on the right in small type. Leaves the cursor below it.
 */
export function drawLetterhead(
  doc: PDFKit.PDFDocument,
  letterhead: Letterhead,
  language: Language,
  drawPng: DrawPng,
): void {
  const labels = LABELS[language];
  const top = PAGE.top;
  let logoBottom = top;
  if (letterhead.logoPng) {
    drawPng(
      Buffer.from(letterhead.logoPng, 'base64'),
      PAGE.left,
      top,
      LOGO_BOX,
    );
    logoBottom = top + LOGO_BOX[1];
  }
  const textLeft = letterhead.logoPng
    ? PAGE.left + LOGO_BOX[0] + 16
    : PAGE.left;
  const width = PAGE.left + CONTENT_WIDTH - textLeft;
  const align = letterhead.logoPng ? 'right' : 'left';
  doc
    .font('bold')
    .fontSize(SIZES.body + 1)
    .fillColor(COLOURS.primary)
    .text(letterhead.practiceName, textLeft, top, { width, align });
  const contact = [
    ...letterhead.addressLines,
    [
      letterhead.phone && `${labels.phone} ${letterhead.phone}`,
      letterhead.email,
    ]
      .filter(Boolean)
      .join('  ·  '),
    letterhead.website,
    [
      letterhead.kvk && `${labels.kvk} ${letterhead.kvk}`,
      letterhead.agb && `${labels.agb} ${letterhead.agb}`,
    ]
      .filter(Boolean)
      .join('  ·  '),
  ].filter((line): line is string => Boolean(line));
  doc.font('regular').fontSize(SIZES.small).fillColor(COLOURS.muted);
  for (const line of contact) doc.text(line, textLeft, doc.y, { width, align });
  doc.x = PAGE.left;
  doc.y = Math.max(doc.y, logoBottom);
}

/** Name, profession and registration of the practitioner, at the end. */
export function drawSignature(
  layout: Layout,
  letterhead: Letterhead,
  language: Language,
): void {
  const { signature } = letterhead;
  const lines = [signature.profession, signature.registration].filter(
    (line): line is string => Boolean(line),
  );
  layout.ensureSpace(30 + lines.length * 14);
  layout.space(16);
  layout.paragraph(LABELS[language].by, { muted: true, size: SIZES.small });
  layout.paragraph(signature.name, { bold: true });
  for (const line of lines) layout.paragraph(line, { muted: true });
}
