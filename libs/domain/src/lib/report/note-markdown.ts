import { Lexer, type Token, type Tokens } from 'marked';

/** A stretch of text with one style. */
export interface NoteRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** One item of a list; `depth` 0 is the outer list. */
export interface NoteListItem {
  readonly depth: number;
  /** "1." for an ordered list, "•" otherwise. */
  readonly marker: string;
  readonly runs: readonly NoteRun[];
}

/**
 * A session note's Markdown as typography: headings, paragraphs and lists of
 * styled runs. The PDF and the preview both draw these, never HTML.
 */
export type NoteBlock =
  | { readonly kind: 'heading'; readonly runs: readonly NoteRun[] }
  | { readonly kind: 'paragraph'; readonly runs: readonly NoteRun[] }
  | { readonly kind: 'list'; readonly items: readonly NoteListItem[] };

interface Style {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Style = { bold: false, italic: false };

/** Inline tokens as runs; anything unknown keeps its words, not its markup. */
function runs(tokens: readonly Token[], style: Style): NoteRun[] {
  const out: NoteRun[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        out.push(
          ...runs((token as Tokens.Strong).tokens, { ...style, bold: true }),
        );
        break;
      case 'em':
        out.push(
          ...runs((token as Tokens.Em).tokens, { ...style, italic: true }),
        );
        break;
      case 'link':
      case 'del':
        // A link keeps its words; its address never becomes a link.
        out.push(...runs((token as Tokens.Link).tokens, style));
        break;
      case 'br':
        out.push({ text: '\n', ...style });
        break;
      default:
        // text, codespan, escape, inline html: their text, shown as text.
        out.push({ text: (token as Tokens.Text).text, ...style });
    }
  }
  return merge(out);
}

/** Neighbouring runs of one style become one. */
function merge(list: readonly NoteRun[]): NoteRun[] {
  const out: NoteRun[] = [];
  for (const run of list) {
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else {
      out.push(run);
    }
  }
  return out;
}

function listItems(list: Tokens.List, depth: number): NoteListItem[] {
  const items: NoteListItem[] = [];
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${Number(list.start) + index}.` : '•';
    const own: Token[] = [];
    const nested: NoteListItem[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') {
        nested.push(...listItems(token as Tokens.List, depth + 1));
      } else if (token.type === 'text' || token.type === 'paragraph') {
        // A loose item's paragraphs become lines of the one item.
        if (own.length) own.push({ type: 'br', raw: '\n' });
        own.push(...(token as Tokens.Paragraph).tokens);
      }
    }
    items.push({ depth, marker, runs: runs(own, PLAIN) }, ...nested);
  });
  return items;
}

function blocks(tokens: readonly Token[]): NoteBlock[] {
  const out: NoteBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        out.push({
          kind: token.type,
          runs: runs((token as Tokens.Paragraph).tokens, PLAIN),
        });
        break;
      case 'list':
        out.push({ kind: 'list', items: listItems(token as Tokens.List, 0) });
        break;
      case 'blockquote':
        out.push(...blocks((token as Tokens.Blockquote).tokens));
        break;
      case 'space':
      case 'hr':
        break;
      default: {
        // Code, tables, html: the words as they were typed, as plain text.
        const text = ('text' in token ? String(token.text) : token.raw).trim();
        if (text) out.push({ kind: 'paragraph', runs: [{ text, ...PLAIN }] });
      }
    }
  }
  return out;
}

/** A note's Markdown as blocks to draw; plain text becomes paragraphs. */
export function noteBlocks(markdown: string): NoteBlock[] {
  return blocks(new Lexer({ gfm: true, breaks: true }).lex(markdown));
}

/** A note's text without its markup, e.g. for a search or a plain preview. */
export function notePlainText(markdown: string): string {
  return noteBlocks(markdown)
    .map((block) =>
      block.kind === 'list'
        ? block.items
            .map((item) => `${item.marker} ${runText(item.runs)}`)
            .join('\n')
        : runText(block.runs),
    )
    .join('\n\n');
}

function runText(list: readonly NoteRun[]): string {
  return list.map((run) => run.text).join('');
}
