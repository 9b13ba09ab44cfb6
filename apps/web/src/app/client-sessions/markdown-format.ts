/** A textarea's text and selection. */
export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

export type MarkdownFormat = 'heading' | 'list' | 'bold' | 'italic';

/**
 * What a toolbar button does to the note: bold and italics go around the
 * selection (or leave the cursor between the markers), a heading or list
 * marker goes in front of every selected line, and comes off again when
 * all of them have it already.
 */
export function applyFormat(edit: TextEdit, format: MarkdownFormat): TextEdit {
  switch (format) {
    case 'bold':
      return wrap(edit, '**');
    case 'italic':
      return wrap(edit, '*');
    case 'heading':
      return prefixLines(edit, '## ', /^#{1,6}\s+/);
    case 'list':
      return prefixLines(edit, '- ', /^\s*[-*+]\s+/);
  }
}

function wrap({ text, start, end }: TextEdit, marker: string): TextEdit {
  const selected = text.slice(start, end);
  // Spaces stay outside the markers: "**woord **" is not bold in Markdown.
  const lead = /^\s*/.exec(selected)?.[0] ?? '';
  const trail = /\s*$/.exec(selected.slice(lead.length))?.[0] ?? '';
  const inner = selected.slice(lead.length, selected.length - trail.length);
  const from = start + lead.length;
  const to = from + inner.length;
  return {
    text: text.slice(0, from) + marker + inner + marker + text.slice(to),
    start: from + marker.length,
    end: to + marker.length,
  };
}

function prefixLines(
  { text, start, end }: TextEdit,
  prefix: string,
  existing: RegExp,
): TextEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf(
    '\n',
    Math.max(end - (end > start ? 1 : 0), start),
  );
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const remove = lines.every((line) => existing.test(line));
  const changed = lines.map((line) =>
    remove ? line.replace(existing, '') : prefix + line.replace(existing, ''),
  );
  const block = changed.join('\n');
  return {
    text: text.slice(0, lineStart) + block + text.slice(lineEnd),
    start: lineStart + (lines.length === 1 && start === end ? block.length : 0),
    end: lineStart + block.length,
  };
}
