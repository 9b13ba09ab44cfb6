import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The fonts a report embeds: DejaVu Sans covers every Dutch letter. */
export interface ReportFonts {
  regular: Font;
  bold: Font;
  /** For emphasis in session notes. */
  italic: Font;
  boldItalic: Font;
}

const FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

let cached: ReportFonts | null = null;

/**
 * The one folder a report may read from. Resolved through Node's own lookup
 * from this file, so it works from the sources (tests, ts-node) and from the
 * webpack bundle in dist/, where node_modules stays external.
 */
export function fontsFolder(): string {
  // Not named `require`: webpack would rewrite that at build time.
  const nodeRequire = createRequire(join(__dirname, 'fonts.js'));
  const manifest = nodeRequire.resolve('dejavu-fonts-ttf/package.json');
  return join(dirname(manifest), 'ttf');
}

/**
 * Reads and parses the fonts once per process, by fixed names inside the
 * fonts folder: no path from a request or a document reaches the file
 * system. Parsing once matters: decoding DejaVu's tables costs ~150 ms,
 * drawing a whole report far less. pdfkit only reads the parsed fonts (it
 * makes its own subset per document), so documents can share them.
 */
export function reportFonts(): ReportFonts {
  if (!cached) {
    const folder = fontsFolder();
    const load = (file: string) => create(readFileSync(join(folder, file)));
    cached = {
      regular: load(FILES.regular),
      bold: load(FILES.bold),
      italic: load(FILES.italic),
      boldItalic: load(FILES.boldItalic),
    };
  }
  return cached;
}
