import type { DrawPng } from './pdf-letterhead';

/** The font names registered for a report; pdfkit reads any other string as a file path. */
const REGISTERED_FONTS = new Set(['regular', 'bold', 'italic', 'boldItalic']);

/**
 * pdfkit opens a file or a URL-like source for images, embedded files and
 * unknown font names, and writes link annotations. A report needs none of
 * them, so they are switched off per document: whatever a client or a
 * practitioner typed can reach only `text()`, which draws it as glyphs.
 */
export function lockDown(doc: PDFKit.PDFDocument): DrawPng {
  const image = doc.image.bind(doc);
  const openImage = (doc as unknown as { openImage: unknown }).openImage;
  const refuse = (api: string) => () => {
    throw new Error(`pdfkit ${api}() is not used in reports`);
  };
  const open = doc as unknown as Record<string, unknown>;
  for (const api of ['image', 'openImage', 'file', 'link', 'attach'])
    open[api] = refuse(api);

  const font = doc.font.bind(doc);
  open['font'] = (name: unknown, ...rest: unknown[]) => {
    // A page break inside a paragraph sets the document's own font again
    // (the parsed font it was created with), never anything from input.
    const own =
      name !== undefined &&
      name === (open['options'] as { font?: unknown }).font;
    if (!own && (typeof name !== 'string' || !REGISTERED_FONTS.has(name)))
      throw new Error('reports draw only with their registered fonts');
    return (font as (...args: unknown[]) => PDFKit.PDFDocument)(name, ...rest);
  };

  const text = doc.text.bind(doc);
  open['text'] = (...args: unknown[]) => {
    // Link options would turn drawn text into a clickable URL or file.
    for (const arg of args)
      if (arg && typeof arg === 'object' && ('link' in arg || 'goTo' in arg))
        throw new Error('reports draw text without links');
    return (text as (...a: unknown[]) => PDFKit.PDFDocument)(...args);
  };

  // The one image a report shows, the practice's logo, comes as PNG bytes
  // the API re-encoded itself: never a path, a URL or another format.
  return (png, x, y, fit) => {
    if (!Buffer.isBuffer(png) || !png.subarray(0, 8).equals(PNG_SIGNATURE))
      throw new Error('reports draw PNG bytes only');
    // image() opens its source through openImage: lent for this call only.
    open['openImage'] = openImage;
    try {
      image(png, x, y, { fit });
    } finally {
      open['openImage'] = refuse('openImage');
    }
  };
}

const PNG_SIGNATURE = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
]);
