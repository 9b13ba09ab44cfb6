/** A run of text, bold or not. Always plain text: the template escapes it. */
export interface Inline {
  text: string;
  bold: boolean;
}

/**
 * The light markdown of session notes as blocks. No HTML passes through:
 * every character typed ends up as text in a text node.
 */
export type Block =
  | { kind: 'heading'; level: 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$|^\s*[-*+]$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$|^\s*\d{1,3}[.)]$/;

/**
 * Reads headings (`#`, `##` → level 3 inside the page; `###`+ → 4),
 * bulleted and numbered lists, paragraphs and `**bold**`. Empty list items
 * (a template's "- ") are left out.
 */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  let list: { ordered: boolean; items: Inline[][] } | null = null;

  const closeParagraph = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = null;
  };
  const closeList = () => {
    if (list?.items.length) blocks.push({ kind: 'list', ...list });
    list = null;
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      closeParagraph();
      closeList();
    } else if (heading) {
      closeParagraph();
      closeList();
      const level = (heading[1] ?? '').length <= 2 ? 3 : 4;
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2]) });
    } else if (bullet || numbered) {
      closeParagraph();
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) closeList();
      list ??= { ordered, items: [] };
      const text = ((bullet ?? numbered)?.[1] ?? '').trim();
      if (text) list.items.push(parseInline(text));
    } else {
      closeList();
      paragraph ??= [];
      paragraph.push(parseInline(line.trim()));
    }
  }
  closeParagraph();
  closeList();
  return blocks;
}

/**
 * `**bold**` (or `__bold__`) runs. As in common markdown the bold text may
 * not start or end with a space, so "5 ** 2" stays as typed, as does an
 * unpaired marker.
 */
export function parseInline(text = ''): Inline[] {
  const runs: Inline[] = [];
  const pattern = /\*\*(?!\s)(.+?)(?<!\s)\*\*|__(?!\s)(.+?)(?<!\s)__/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start), bold: false });
    runs.push({ text: match[1] ?? match[2] ?? '', bold: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold: false });
  return runs;
}
