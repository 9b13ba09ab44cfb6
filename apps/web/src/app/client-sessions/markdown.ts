import type { Token, Tokens } from 'marked';

/**
 * A session note's Markdown as a small tree the template draws element by
 * element. Built from marked's lexer tokens, never from its HTML: every
 * character typed ends up in a text node, so raw HTML in a note shows as
 * the text it is, and links do not become clickable.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'del'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'br' };

export type Block =
  | { kind: 'heading'; level: 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  /** A tight list item's text: inline, without a paragraph around it. */
  | { kind: 'plain'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

/** Single line ends are line breaks, as practitioners type them. */
export const LEXER_OPTIONS = { gfm: true, breaks: true } as const;

type Lex = (source: string, options: typeof LEXER_OPTIONS) => Token[];

let loading: Promise<Lex> | null = null;

/** marked on first use, in a chunk of its own: not in the first bundle. */
export function loadLexer(): Promise<Lex> {
  loading ??= import('marked').then((m) => m.lexer as unknown as Lex);
  return loading;
}

/** Reads Markdown with marked's lexer into blocks. */
export async function parseMarkdown(source: string): Promise<Block[]> {
  const lex = await loadLexer();
  return toBlocks(lex(source, LEXER_OPTIONS));
}

/**
 * Headings `#` and `##` become level 3 inside the page, deeper ones level 4;
 * empty list items (a template's "- ") are left out.
 */
export function toBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    const block = toBlock(token);
    if (block) blocks.push(block);
  }
  return blocks;
}

function toBlock(token: Token): Block | null {
  switch (token.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      const t = token as Tokens.Heading;
      return {
        kind: 'heading',
        level: t.depth <= 2 ? 3 : 4,
        content: toInlines(t.tokens),
      };
    }
    case 'paragraph':
      return {
        kind: 'paragraph',
        content: toInlines((token as Tokens.Paragraph).tokens),
      };
    case 'text': {
      const t = token as Tokens.Text;
      return {
        kind: 'plain',
        content: t.tokens ? toInlines(t.tokens) : [text(t.text)],
      };
    }
    case 'list': {
      const t = token as Tokens.List;
      const items = t.items
        .map((item) => toBlocks(item.tokens))
        .filter((item) => item.length > 0);
      return items.length
        ? {
            kind: 'list',
            ordered: t.ordered,
            start: typeof t.start === 'number' ? t.start : 1,
            items,
          }
        : null;
    }
    case 'blockquote':
      return {
        kind: 'quote',
        blocks: toBlocks((token as Tokens.Blockquote).tokens),
      };
    case 'code':
      return { kind: 'code', text: (token as Tokens.Code).text };
    case 'hr':
      return { kind: 'rule' };
    default:
      // HTML, tables and anything newer: shown as typed.
      return token.raw.trim()
        ? { kind: 'paragraph', content: [text(token.raw.trim())] }
        : null;
  }
}

function toInlines(tokens: readonly Token[] = []): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
        out.push({
          kind: token.type,
          children: toInlines((token as Tokens.Strong).tokens),
        });
        break;
      case 'codespan':
        out.push({ kind: 'code', text: (token as Tokens.Codespan).text });
        break;
      case 'br':
        out.push({ kind: 'br' });
        break;
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...toInlines(t.tokens));
        else out.push(text(t.text));
        break;
      }
      case 'link':
        // The words, not a link: a note is no place to click through from.
        out.push(...toInlines((token as Tokens.Link).tokens));
        break;
      case 'image':
        out.push(text((token as Tokens.Image).text));
        break;
      default:
        // Inline HTML and the like: the characters as typed.
        out.push(text(token.raw));
    }
  }
  return out;
}

// The lexer's text is the text as typed (escaping is its renderer's job, which
// is not used): it goes into a text node unchanged.
function text(value: string): Inline {
  return { kind: 'text', text: value };
}
