/**
 * Which characters a text may hold, by kind of field. One definition for
 * the API's request fields and the intake's free-text answers.
 *
 * Single-line text (names, e-mail, tags, codes, short fields): no control
 * characters at all (C0 such as BEL, ESC, CR, LF and TAB; DEL; C1), no
 * invisible format characters (Unicode Cf: bidirectional embeddings,
 * overrides, isolates and marks, zero-width spaces and joiners, the BOM,
 * soft hyphens) and no line or paragraph separators. These are how a name
 * can look like another, or hide, reverse or break what is shown next to it.
 *
 * Multi-line text (notes, descriptions): line feeds and tabs are fine;
 * other control characters (CR included: browsers send line ends as LF),
 * bidirectional embeddings, overrides and isolates, the BOM and Unicode's
 * own line and paragraph separators are not. Zero-width joiners and
 * direction marks stay: emoji and right-to-left writing need them.
 */
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
// Matching control characters is this rule's purpose.
const MULTI_LINE_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\u2028\u2029]/;

export function isSingleLineText(text: string): boolean {
  return !SINGLE_LINE_FORBIDDEN.test(text);
}

export function isMultiLineText(text: string): boolean {
  return !MULTI_LINE_FORBIDDEN.test(text);
}
