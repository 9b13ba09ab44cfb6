/** One component of an iCalendar file: its properties and the components inside it. */
export interface ICalComponent {
  name: string;
  props: { name: string; params: Record<string, string>; value: string }[];
  children: ICalComponent[];
}

/**
 * Reads iCalendar text as RFC 5545 defines it (folded lines, parameters,
 * escaped text), so tests check what a calendar would read, not a string.
 */
export function parseICal(text: string): ICalComponent {
  if (!text.includes('\r\n')) throw new Error('iCalendar lines end in CRLF');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const root: ICalComponent = { name: '', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = indexOfUnquoted(line, ':');
    const head = line.slice(0, colon);
    const raw = line.slice(colon + 1);
    const [name = '', ...params] = head.split(';');
    const current = stack.at(-1) as ICalComponent;
    if (name === 'BEGIN') {
      const child = { name: raw, props: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (current.name !== raw)
        throw new Error(`END:${raw} closes ${current.name}`);
      stack.pop();
    } else
      current.props.push({
        name: name.toUpperCase(),
        params: Object.fromEntries(
          params.map((p) => p.split('=') as [string, string]),
        ),
        value: raw.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1'),
      });
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  const [calendar] = root.children;
  if (!calendar || calendar.name !== 'VCALENDAR')
    throw new Error('no VCALENDAR');
  return calendar;
}

function indexOfUnquoted(line: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === char && !quoted) return i;
  }
  throw new Error(`no ${char} in ${line}`);
}

export const prop = (c: ICalComponent, name: string): string | undefined =>
  c.props.find((p) => p.name === name)?.value;

export const events = (c: ICalComponent): ICalComponent[] =>
  c.children.filter((e) => e.name === 'VEVENT');

/** A DATE-TIME in UTC form (20270328T013000Z) as an ISO instant. */
export function icalInstant(value: string | undefined): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
}
