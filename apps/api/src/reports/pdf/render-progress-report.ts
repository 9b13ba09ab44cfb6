import {
  formatDate,
  headerFacts,
  type Language,
  type ProgressReport,
  type ReportLetter,
} from '@herstelkompas/domain';
import PDFDocument from 'pdfkit';
import type { Font } from 'fontkit';
import { reportFonts } from './fonts';
import {
  COLOURS,
  CONTENT_WIDTH,
  Layout,
  PAGE,
  SIZES,
  writeFooters,
} from './pdf-layout';
import {
  drawLetterhead,
  drawSignature,
  type Letterhead,
} from './pdf-letterhead';
import { lockDown } from './pdf-lockdown';
import { drawRadar, radarHeight, RADAR_SIZE } from './pdf-radar';
import {
  aboutSection,
  closingSection,
  domainsSection,
  focusSection,
  goalsSection,
  notesSection,
  painSection,
  redFlagSection,
  type SectionContext,
} from './pdf-sections';
import { reportTexts } from '@herstelkompas/domain';

export interface RenderOptions {
  language: Language;
  /** Draw the pain bars; the pain table follows the report either way. */
  painCharts: boolean;
  /** The practice's letterhead and the practitioner's signature; without it, the practice name only. */
  letterhead?: Letterhead;
}

/**
 * Draws a progress report from libs/domain's model as an A4 PDF with
 * embedded DejaVu fonts. Pure: the same report and options give the same
 * bytes, because the PDF's dates and file id come from the report's
 * generation date, never from the clock. No URL is fetched and no file is
 * read except the fonts (see lockDown and its test).
 */
export function renderProgressReport(
  report: ProgressReport,
  options: RenderOptions,
): Promise<Buffer> {
  const fonts = reportFonts();
  const texts = reportTexts(report.audience, options.language);
  const created = new Date(`${report.header.generatedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: {
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: PAGE.left,
      right: PAGE.right,
    },
    bufferPages: true,
    autoFirstPage: false,
    // A parsed font instead of a name: pdfkit never loads a standard font.
    font: asSource(fonts.regular) as string,
    lang: options.language === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${report.title[options.language]} - ${report.header.clientName}`,
      Author: report.header.practiceName,
      Subject: report.confidentiality[options.language],
      Creator: 'Herstelkompas',
      Producer: 'Herstelkompas',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', asSource(fonts.regular));
  doc.registerFont('bold', asSource(fonts.bold));
  doc.registerFont('italic', asSource(fonts.italic));
  doc.registerFont('boldItalic', asSource(fonts.boldItalic));
  const drawPng = lockDown(doc);
  doc.addPage();
  const ctx: SectionContext = {
    doc,
    layout: new Layout(doc),
    report,
    language: options.language,
    texts,
  };
  const head = () => letterhead(ctx, options.letterhead, drawPng);
  if (report.letter) letterOpening(ctx, report.letter, head);
  else firstPage(ctx, head);
  if (report.audience === 'referrer') redFlagSection(ctx);
  domainsSection(ctx);
  painSection(ctx, options.painCharts);
  focusSection(ctx);
  goalsSection(ctx);
  notesSection(ctx);
  closingSection(ctx);
  if (report.letter) signature(ctx, options.letterhead);
  else if (options.letterhead)
    drawSignature(ctx.layout, options.letterhead, options.language);
  aboutSection(ctx);
  const generated = formatDate(report.header.generatedOn);
  writeFooters(doc, (page, pages) => texts.footer(generated, page, pages));
  doc.end();
  return done;
}

/**
 * pdfkit 0.20 takes a parsed fontkit font wherever it takes a font file
 * (PDFFontFactory.open); @types/pdfkit 0.17 does not list it yet.
 */
function asSource(font: Font): PDFKit.Mixins.PDFFontSource {
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}

/**
 * The letterhead on top of the first page: the practice profile's (logo,
 * address, registrations), or the practice's name alone without one.
 */
function letterhead(
  ctx: SectionContext,
  profile: Letterhead | undefined,
  drawPng: ReturnType<typeof lockDown>,
): void {
  if (profile) {
    drawLetterhead(ctx.doc, profile, ctx.language, drawPng);
    ctx.layout.space(14);
    return;
  }
  ctx.doc
    .font('bold')
    .fontSize(SIZES.body + 1)
    .fillColor(COLOURS.primary)
    .text(ctx.report.header.practiceName, PAGE.left, PAGE.top, {
      width: CONTENT_WIDTH,
    });
  ctx.layout.space(14);
}

function rule(ctx: SectionContext): void {
  const { doc, layout } = ctx;
  layout.space(4);
  doc
    .moveTo(PAGE.left, doc.y)
    .lineTo(PAGE.left + CONTENT_WIDTH, doc.y)
    .lineWidth(0.6)
    .strokeColor(COLOURS.rule)
    .stroke();
  layout.space(6);
}

/** Practice on top, who and when, the summary in words, then the radar. */
function firstPage(ctx: SectionContext, head: () => void): void {
  const { doc, layout, report, language } = ctx;
  head();
  doc
    .font('bold')
    .fontSize(SIZES.title)
    .fillColor(COLOURS.text)
    .text(report.title[language], { width: CONTENT_WIDTH });
  layout.space(8);
  for (const line of headerFacts(report, language)) {
    layout.paragraph(line, { muted: true });
  }
  rule(ctx);
  summaryAndRadar(ctx);
}

/**
 * The letter to a GP: letterhead, date, addressee, subject, greeting, the
 * complaint and who referred, then the findings.
 */
function letterOpening(
  ctx: SectionContext,
  letter: ReportLetter,
  head: () => void,
): void {
  const { layout, report, texts, language } = ctx;
  head();
  if (letter.addressee) {
    const lines = [letter.addressee.name, letter.addressee.practice].filter(
      (line): line is string => Boolean(line),
    );
    layout.paragraph(`${texts.to}: ${lines.join('\n')}`);
  }
  layout.paragraph(`${texts.dated}: ${formatDate(report.header.generatedOn)}`, {
    muted: true,
  });
  layout.space(6);
  ctx.doc
    .font('bold')
    .fontSize(SIZES.heading)
    .fillColor(COLOURS.text)
    .text(report.title[language], PAGE.left, ctx.doc.y, {
      width: CONTENT_WIDTH,
    });
  layout.space(4);
  layout.paragraph(letter.subject[language], { bold: true });
  for (const line of headerFacts(report, language).slice(1)) {
    layout.paragraph(line, { muted: true });
  }
  layout.space(6);
  layout.paragraph(texts.greeting(letter.addressee?.name ?? null));
  layout.paragraph(texts.letterIntro(Boolean(report.closing)));
  if (letter.complaint || letter.referredBy) {
    layout.heading(texts.complaint, 40);
    if (letter.complaint) layout.paragraph(letter.complaint[language]);
    if (letter.referredBy) {
      layout.paragraph(`${texts.referredBy}: ${letter.referredBy}`);
    }
  }
  rule(ctx);
  summaryAndRadar(ctx);
}

/**
 * The close of the letter: regards, then the practitioner's name with their
 * profession and registration from the practice profile when there is one.
 */
function signature(ctx: SectionContext, profile: Letterhead | undefined): void {
  const { layout, report, texts } = ctx;
  // Regards, name, profession, registration and practice stay together.
  layout.ensureSpace(110);
  layout.space(12);
  layout.paragraph(texts.regards);
  layout.space(16);
  const name = profile?.signature.name ?? report.header.practitionerName;
  layout.paragraph(name, { bold: true });
  const lines = [
    profile?.signature.profession,
    profile?.signature.registration,
  ].filter((line): line is string => Boolean(line));
  for (const line of lines) layout.paragraph(line, { muted: true });
  layout.paragraph(report.header.practiceName, { muted: true });
}

/** The summary in words, then the radar, kept on the first page. */
function summaryAndRadar(ctx: SectionContext): void {
  const { doc, layout, report, texts, language } = ctx;
  const headlines = report.headlines.map((line) => line[language]);
  const radar = report.radar.length > 0;
  // Words first, with the radar shrunk to fit below them; only when even a
  // small radar would not fit does it come first, so it stays on page 1.
  const fits =
    layout.remaining() -
    headlinesHeight(ctx, headlines) -
    radarHeight(0) -
    RADAR_CHROME;
  const size = Math.min(RADAR_SIZE.max, Math.floor(fits));
  // A letter reads on from its opening: the words stay on page 1 and the
  // radar follows, on the next page when it does not fit below them.
  const letter = report.letter !== null;
  const wordsFirst = !radar || letter || size >= RADAR_SIZE.min;
  if (wordsFirst) summary(ctx, headlines);
  if (radar) {
    const drawn = wordsFirst && size >= RADAR_SIZE.min ? size : RADAR_SIZE.max;
    layout.heading(texts.radar, radarHeight(drawn) + RADAR_CHROME - 20);
    layout.paragraph(texts.radarHelp, { muted: true, size: SIZES.small + 0.5 });
    layout.space(4);
    drawRadar(doc, report, language, radarLegend(ctx), drawn);
  }
  if (!wordsFirst) summary(ctx, headlines);
}

function summary(ctx: SectionContext, headlines: string[]): void {
  ctx.layout.heading(ctx.texts.summary);
  ctx.layout.bullets(headlines);
}

/** Heading, help text and spacing around the radar drawing. */
const RADAR_CHROME = 70;

function headlinesHeight(ctx: SectionContext, lines: string[]): number {
  ctx.doc.font('regular').fontSize(SIZES.body);
  const text = lines.reduce(
    (sum, line) =>
      sum +
      5 +
      ctx.doc.heightOfString(line, { width: CONTENT_WIDTH - 14, lineGap: 2.5 }),
    0,
  );
  return text + 40;
}

function radarLegend(ctx: SectionContext): { start: string; now: string } {
  const { period, measurements } = ctx.report.header;
  const start = measurements === 1 ? ctx.texts.baseline : ctx.texts.start;
  return {
    start: `${start}${period ? ` (${formatDate(period.from)})` : ''}`,
    now: `${ctx.texts.now}${period ? ` (${formatDate(period.to)})` : ''}`,
  };
}
