import { TIMELINE_EXCERPT_MAX } from '@herstelkompas/contracts';

// Line starts that only mark up: headings, quotes, bullets and numbers.
const LINE_MARKERS = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+/;

/**
 * The light Markdown of a note as one line of plain text: headings, lists,
 * quotes, bold/italic, code and links lose their markers, the words stay.
 */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(LINE_MARKERS, '')
        .replace(/^\s*(?:[-*_]\s*){3,}$/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/`+([^`]*)`+/g, '$1')
        .replace(/~~(.+?)~~/g, '$1'),
    )
    .join(' ');
}

/**
 * At most {@link TIMELINE_EXCERPT_MAX} characters of plain text on one line,
 * cut at a word where one is near, with an ellipsis when cut. Null when empty.
 */
export function excerpt(
  text: string | null | undefined,
  markdown = false,
): string | null {
  if (!text) return null;
  const line = (markdown ? markdownToPlain(text) : text)
    .replace(/\s+/g, ' ')
    .trim();
  if (!line) return null;
  const max = TIMELINE_EXCERPT_MAX;
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
