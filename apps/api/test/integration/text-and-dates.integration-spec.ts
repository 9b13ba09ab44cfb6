import { readDocument } from '../support/hostile-run';
import {
  type OpenApiDocument,
  operationsOf,
  type Operation,
  resolve,
  type Schema,
} from '../support/openapi-arbitraries';
import { type PortalBrowser, portalBrowser } from '../support/portal';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

type TextKind = 'single-line' | 'multi-line' | 'secret';
type Extended = Schema & { 'x-text'?: TextKind };

/** A string field somewhere in a request: body path or query parameter. */
interface Field {
  op: Operation;
  where: 'body' | 'query';
  /** Property names; '[]' for "an item of this array", '|' for "inside oneOf". */
  path: string[];
  schema: Extended;
}

/** Every string field of every request body and query the document describes. */
function stringFields(doc: OpenApiDocument): Field[] {
  const out: Field[] = [];
  const walk = (op: Operation, schema: Schema, path: string[]): void => {
    const s = resolve(schema, doc) as Extended;
    if (s.oneOf) {
      for (const option of s.oneOf) walk(op, option, [...path, '|']);
      return;
    }
    if (s.type === 'string' && !s.enum) {
      out.push({ op, where: 'body', path, schema: s });
      return;
    }
    if (s.type === 'array' && s.items) walk(op, s.items, [...path, '[]']);
    if (s.type === 'object')
      for (const [name, property] of Object.entries(s.properties ?? {}))
        walk(op, property, [...path, name]);
  };
  for (const op of operationsOf(doc)) {
    if (op.body) walk(op, op.body, []);
    for (const param of op.params)
      if (
        param.in === 'query' &&
        param.schema.type === 'string' &&
        !param.schema.enum
      )
        out.push({
          op,
          where: 'query',
          path: [param.name],
          // Swagger writes a query parameter's extensions beside its schema.
          schema: {
            ...param.schema,
            'x-text': (param as { 'x-text'?: TextKind })['x-text'],
          } as Extended,
        });
  }
  return out;
}

const label = (f: Field) =>
  `${f.op.method} ${f.op.path} ${f.where} ${f.path.join('.')}`;

/** Ids, dates and fixed patterns are checked by their format; free text by its kind. */
const FORMATTED = new Set(['uuid', 'date', 'date-time']);

/** A body (or query) that sets only this field; the other fields' errors are beside the point. */
function requestFor(
  field: Field,
  value: unknown,
): { url: string; body?: unknown } {
  const url = field.op.path
    .replace('{token}', 'A'.repeat(43))
    .replace(/\{\w+\}/g, '0b6c7a4e-2d7b-4a3c-9a55-2f1d8e9b0c11');
  if (field.where === 'query')
    return {
      url: `${url}?${field.path[0]}=${encodeURIComponent(String(value))}`,
    };
  const build = (path: string[]): unknown => {
    const [head, ...rest] = path;
    if (head === undefined) return value;
    if (head === '[]') return [build(rest)];
    if (head === '|') return { kind: 'text', ...(build(rest) as object) };
    return { [head]: build(rest) };
  };
  return { url, body: build(field.path) };
}

/** The name a field error carries: array items by index, oneOf as its property. */
function detailField(field: Field): string {
  const parts: string[] = [];
  for (const part of field.path) {
    if (part === '|') break;
    if (part === '[]') {
      // An array of strings reports on the array; an array of objects by index.
      if (field.path.indexOf(part) === field.path.length - 1) break;
      parts.push('0');
    } else parts.push(part);
  }
  return parts.join('.');
}

const SINGLE_LINE_BAD = [
  'Jan\u0007', // BEL
  'Jan\u001B[31mrood', // ESC
  'Jan\u202Enaaj', // right-to-left override
  'Jan\u2067Bakker', // right-to-left isolate
  'Ja\u200Bn', // zero-width space
  'Ja\u200Dn', // zero-width joiner
  'Ja\uFEFFn', // byte-order mark
  'Jan\r\nBakker',
  'Jan\nBakker',
  'Jan\tBakker',
  'Jan\u2028Bakker', // line separator
  'Jan\u0085', // next line (C1)
  'Jan\u007F', // DEL
];
const MULTI_LINE_BAD = [
  'regel\u0007',
  'regel\u001B[2J',
  'regel\r\nregel',
  'regel\u202Eteruggedraaid',
  'regel\u2066ingesloten',
  're\uFEFFgel',
  'regel\u2029regel',
];
const MULTI_LINE_GOOD = 'Eerste regel\nTweede regel\tmet tab 👩🏽‍⚕️ שלום';
const SINGLE_LINE_GOOD = "Zoë O'Brien-Ğüñter";

describe('text fields and dates in every request', () => {
  let t: TestApp;
  let owner: Session;
  // The client's own routes take a portal session, never a practitioner's.
  let portal: PortalBrowser;
  let doc: OpenApiDocument;
  let fields: Field[];

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource);
    owner = await signIn(t.app, practice.owner.email);
    const client = await buildClient(t.app, owner, {
      dateOfBirth: '1978-04-23',
    });
    portal = await portalBrowser(t.app, owner, client.id, '1978-04-23');
    doc = await readDocument(t);
    fields = stringFields(doc);
  });
  afterAll(() => t.close());

  const send = (field: Field, value: unknown) => {
    const { url, body } = requestFor(field, value);
    return t.app.inject({
      method: field.op.method as 'POST',
      url,
      headers: url.startsWith('/api/portal/') ? portal.headers : owner.headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
  };
  const problemsOn = async (field: Field, value: unknown) => {
    const response = await send(field, value);
    const details: { field: string; code: string }[] =
      response.statusCode === 400 ? (response.json().details ?? []) : [];
    return details
      .filter((d) => d.field === detailField(field))
      .map((d) => d.code);
  };

  it('says for every string field which characters it takes: none is forgotten', () => {
    expect(fields.length).toBeGreaterThan(40);
    const unruled = fields
      .filter((f) => {
        const kind = f.schema['x-text'];
        if (kind) return false;
        return !(
          (f.schema.format && FORMATTED.has(f.schema.format)) ||
          f.schema.pattern
        );
      })
      .map(label);
    expect(unruled).toEqual([]);
  });

  it('refuses control, bidi-override and zero-width characters in every single-line field, with a field message', async () => {
    const single = fields.filter((f) => f.schema['x-text'] === 'single-line');
    expect(single.map(label)).toEqual(
      expect.arrayContaining([
        'POST /api/clients body firstName',
        'POST /api/clients body lastName',
        'POST /api/clients body email',
        'POST /api/clients body tags.[]',
        'POST /api/practitioners body displayName',
        'POST /api/practitioners body email',
        'POST /api/auth/login body email',
      ]),
    );
    const missed: string[] = [];
    for (const field of single) {
      for (const bad of SINGLE_LINE_BAD) {
        const codes = await problemsOn(field, bad);
        // An address may be refused as an address first: refused all the same.
        const expected =
          field.schema.format === 'email'
            ? ['single_line', 'invalid_email']
            : ['single_line', 'wrong_type'];
        if (!codes.some((c) => expected.includes(c)))
          missed.push(`${label(field)} ${JSON.stringify(bad)}: ${codes}`);
      }
      const good =
        field.schema.format === 'email' ? 'zoë@example.nl' : SINGLE_LINE_GOOD;
      const codes = await problemsOn(field, good);
      if (codes.includes('single_line') || codes.includes('wrong_type'))
        missed.push(`${label(field)} refused ${good}`);
    }
    expect(missed).toEqual([]);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: owner.headers,
      payload: {
        firstName: 'Jan\u202Enaaj',
        lastName: 'Bakker',
        dateOfBirth: '1978-04-23',
        email: 'jan@example.nl',
      },
    });
    expect(response.json().details).toEqual([
      {
        field: 'firstName',
        code: 'single_line',
        message:
          'Gebruik één regel tekst, zonder onzichtbare tekens of stuurtekens.',
      },
    ]);
    // One request per field and bad value: the list grows with every route.
  }, 120_000);

  it('keeps newlines and tabs in multi-line fields and refuses other control and bidi-override characters', async () => {
    const multi = fields.filter((f) => f.schema['x-text'] === 'multi-line');
    expect(multi.map(label)).toEqual(
      expect.arrayContaining([
        'POST /api/clients/{id}/session-notes body text',
        'POST /api/clients/{id}/goals body description',
      ]),
    );
    const missed: string[] = [];
    for (const field of multi) {
      for (const bad of MULTI_LINE_BAD) {
        const codes = await problemsOn(field, bad);
        if (!codes.includes('invalid_characters'))
          missed.push(`${label(field)} ${JSON.stringify(bad)}: ${codes}`);
      }
      if ((await problemsOn(field, MULTI_LINE_GOOD)).length)
        missed.push(`${label(field)} refused the good text`);
    }
    expect(missed).toEqual([]);
  });

  it('refuses impossible dates and years before 1900 in every date field', async () => {
    const dates = fields.filter(
      (f) => f.schema.format === 'date' || f.schema.format === 'date-time',
    );
    expect(dates.map(label)).toEqual(
      expect.arrayContaining([
        'POST /api/clients/{id}/session-notes body sessionDate',
        'POST /api/clients/{id}/goals body dueDate',
        'POST /api/clients body dateOfBirth',
        'GET /api/access-log query from',
      ]),
    );
    const missed: string[] = [];
    for (const field of dates) {
      for (const bad of [
        '2026-02-30',
        '2025-02-29',
        '2026-04-31',
        '2026-13-01',
        '0000-01-01',
        '1899-12-31',
        '2026-02-30T10:00:00Z',
        '0000-01-01T00:00:00Z',
      ]) {
        if (field.schema.format === 'date' && bad.includes('T')) continue;
        const codes = await problemsOn(field, bad);
        if (
          !codes.some((c) => c === 'invalid_date' || c === 'invalid_birth_date')
        )
          missed.push(`${label(field)} ${bad}: ${codes}`);
      }
      const good =
        field.schema.format === 'date' ? '2024-02-29' : '2024-02-29T10:00:00Z';
      // A field for days to come (a follow-up date, an appointment) refuses
      // a past day by its own rule: that is not a refusal of the date's form.
      const refusals = (await problemsOn(field, good)).filter(
        (code) => !code.endsWith('_in_past'),
      );
      if (refusals.length) missed.push(`${label(field)} refused ${good}`);
    }
    expect(missed).toEqual([]);
  });

  it('no longer stores 30 February as 2 March', async () => {
    const client = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: owner.headers,
      payload: {
        firstName: 'Jan',
        lastName: 'Bakker',
        dateOfBirth: '1978-04-23',
        email: `jan-${Date.now()}@example.nl`,
      },
    });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.json().id}/session-notes`,
      headers: owner.headers,
      payload: { sessionDate: '2026-02-30', type: 'coaching', text: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      {
        field: 'sessionDate',
        code: 'invalid_date',
        message: 'Vul een bestaande datum in, niet vóór 1900.',
      },
    ]);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM session_notes WHERE client_id = $1',
      [client.json().id],
    );
    expect(n).toBe(0);
  });
});
