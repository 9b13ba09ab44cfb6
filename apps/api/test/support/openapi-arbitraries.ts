import { isMultiLineText, isSingleLineText } from '@herstelkompas/domain';
import fc from 'fast-check';

/** The part of an OpenAPI 3 schema object this generator reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  /** Which characters a text takes (see the API's common/validators.ts). */
  'x-text'?: 'single-line' | 'multi-line' | 'secret';
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: Schema;
  /** Swagger writes a parameter's extensions beside its schema. */
  'x-text'?: Schema['x-text'];
}

export interface Operation {
  method: string;
  path: string;
  params: Parameter[];
  body?: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: (op.parameters ?? []).map((p) =>
        p['x-text']
          ? { ...p, schema: { ...p.schema, 'x-text': p['x-text'] } }
          : p,
      ),
      // A body of image bytes (the logo upload) is not generated here: its
      // own spec sends images; JSON sent there is refused like any other.
      body:
        op.requestBody && !isBinaryOnly(op.requestBody.content)
          ? (op.requestBody.content['application/json']?.schema ?? {})
          : undefined,
    })),
  );
}

function isBinaryOnly(content: Record<string, { schema?: Schema }>): boolean {
  const types = Object.keys(content);
  return (
    types.length > 0 &&
    types.every((t) => t.startsWith('image/')) &&
    types.every((t) => content[t]?.schema?.format === 'binary')
  );
}

export function resolve(schema: Schema, doc: OpenApiDocument): Schema {
  // A nested DTO that may be null: swagger wraps its $ref in a one-part allOf.
  const [only] = schema.allOf ?? [];
  if (only && schema.allOf?.length === 1) {
    return { ...resolve(only, doc), nullable: schema.nullable };
  }
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() as string;
  const found = doc.components?.schemas?.[name];
  if (!found) throw new Error(`unresolved ${schema.$ref}`);
  return found;
}

/** Where a schema leaves a value undescribed; an empty list means complete. */
export function undescribed(
  schema: Schema,
  doc: OpenApiDocument,
  at = 'body',
): string[] {
  const s = resolve(schema, doc);
  if (s.oneOf) return s.oneOf.flatMap((o) => undescribed(o, doc, at));
  if (!s.type && !s.enum) return [at];
  if (s.type === 'array')
    return s.items ? undescribed(s.items, doc, `${at}[]`) : [`${at}[]`];
  if (s.type !== 'object') return [];
  if (s.properties)
    return Object.entries(s.properties).flatMap(([k, v]) =>
      undescribed(v, doc, `${at}.${k}`),
    );
  return s.additionalProperties ? [] : [at];
}

// ---------------------------------------------------------------- edge-valid

const EDGE_TEXT = [
  'Zoë',
  'Ğüñter',
  'façade',
  'שלום',
  'مرحبا',
  '\u202Egnp.exe',
  '👩🏽‍⚕️',
  "O'Brien",
  '<b>vet</b>',
  "'; DROP TABLE clients; --",
  'a\tb\nc',
];

/** Whether a text keeps to the characters its field takes. */
function fitsKind(s: Schema, text: string): boolean {
  if (s['x-text'] === 'single-line') return isSingleLineText(text);
  if (s['x-text'] === 'multi-line') return isMultiLineText(text);
  return true;
}

function edgeString(s: Schema): fc.Arbitrary<string> {
  const min = Math.max(s.minLength ?? 0, 0);
  const max = s.maxLength ?? 300;
  // Texts a field's kind refuses (a line break in a name, a right-to-left
  // override anywhere) are invalid, not edge-valid: see brokenRule.
  const text = fc
    .oneof(
      fc.constantFrom(...EDGE_TEXT),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      fc.string({ minLength: 1, maxLength: 40 }),
    )
    .map((v) => (fitsKind(s, v) ? v : 'Zoë'));
  return fc
    .oneof(
      text,
      fc.constant('x'.repeat(Math.max(min, 1))),
      fc.constant('é'.repeat(max)),
      fc.constant('ab'.repeat(Math.ceil(max / 2)).slice(0, max)),
    )
    .map((v) => {
      let out = v.slice(0, max);
      if ([...out].length > max) out = [...out].slice(0, max).join('');
      // Length counts UTF-16 units in class-validator; pad with plain letters.
      while (out.length < min) out += 'k';
      if (min > 0 && out.trim().length === 0) out = 'k'.repeat(min);
      return out.length > max ? 'k'.repeat(Math.max(min, 1)) : out;
    });
}

const DATE = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2025-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

function formatted(s: Schema): fc.Arbitrary<string> | undefined {
  switch (s.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.oneof(
        fc.emailAddress().filter((e) => e.length <= (s.maxLength ?? 254)),
        fc.constant('zoë@example.nl'),
      );
    case 'date':
      return DATE;
    case 'date-time':
      return fc.oneof(
        DATE.map((d) => `${d}T10:00:00Z`),
        DATE.map((d) => `${d}T23:59:59.999+01:00`),
      );
  }
  if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$')
    return fc.constantFrom('2027-02-01', '2000-02-29');
  return undefined;
}

export function edgeValid(
  schema: Schema,
  doc: OpenApiDocument,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const value = edgeValue(s, doc);
  return s.nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function edgeValue(s: Schema, doc: OpenApiDocument): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.oneOf) return fc.oneof(...s.oneOf.map((o) => edgeValid(o, doc)));
  switch (s.type) {
    case 'string':
      return formatted(s) ?? edgeString(s);
    case 'integer':
    case 'number': {
      const min = s.minimum ?? 0;
      const max = s.maximum ?? min + 1000;
      return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(edgeValid(s.items ?? {}, doc), {
        maxLength: Math.min(s.maxItems ?? 5, 6),
      });
    case 'object':
      return s.properties
        ? edgeObject(s, doc)
        : fc.dictionary(
            fc.string({ maxLength: 10 }),
            fc.oneof(fc.integer(), fc.boolean(), fc.string({ maxLength: 20 })),
            { maxKeys: 4 },
          );
  }
  return fc.anything();
}

function edgeObject(s: Schema, doc: OpenApiDocument): fc.Arbitrary<unknown> {
  const properties = s.properties ?? {};
  const shape = Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, edgeValid(v, doc)]),
  );
  return fc.record(shape, { requiredKeys: s.required ?? [] });
}

// ------------------------------------------------------------------- invalid

const HOSTILE_TEXT = [
  "' OR 1=1 --",
  "'); DROP TABLE clients; --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a\u0000b',
  '\u0000',
  '\u202Eevil',
  '${7*7}',
  '../../etc/passwd',
  '%00',
  '\uD800',
];

const MEGABYTE = 'x'.repeat(1024 * 1024);

/** A value of the wrong JSON type for the schema. */
function wrongType(s: Schema): fc.Arbitrary<unknown> {
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(...HOSTILE_TEXT),
    ),
    number: fc.oneof(
      fc.double(),
      fc.constantFrom(1e308, -1e308, 2 ** 31, 2 ** 53 + 1, -0, 0.5),
    ),
    boolean: fc.boolean(),
    array: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
    object: fc.constantFrom({}, { $gt: '' }, { toString: 'x' }),
    null: fc.constant(null),
  };
  const own = s.type === 'integer' ? 'number' : (s.type ?? 'object');
  const others = Object.entries(all)
    .filter(([k]) => k !== own && !(k === 'null' && s.nullable))
    .filter(([k]) => !(own === 'object' && k === 'null' && s.nullable))
    .map(([, v]) => v);
  return fc.oneof(...others);
}

/** A value of the right type that breaks a rule of the schema. */
function brokenRule(s: Schema): fc.Arbitrary<unknown>[] {
  const out: fc.Arbitrary<unknown>[] = [];
  if (s.enum)
    out.push(
      fc.constantFrom(
        '',
        'NL',
        'nl ',
        'baseline\u0000',
        "' OR 1=1 --",
        '__proto__',
      ),
    );
  if (s.type === 'string') {
    if (s.maxLength !== undefined)
      out.push(
        fc.constantFrom(
          'x'.repeat(s.maxLength + 1),
          'é'.repeat(s.maxLength + 1),
          `<script>${'y'.repeat(s.maxLength)}</script>`,
          MEGABYTE,
        ),
      );
    // Blank optional text is stored as null (trimToNull): '' is only wrong where null is.
    if ((s.minLength ?? 0) > 0 && !s.nullable) out.push(fc.constant(''));
    if (s.format || s.pattern)
      out.push(
        fc.constantFrom(
          'not-a-value',
          '2026-02-30',
          '2026-13-01',
          '00000000-0000-0000-0000-00000000000g',
          '1978-04-23T',
          '9999999999-01-01',
          'a@',
          "' OR '1'='1",
        ),
      );
    out.push(fc.constantFrom('a\u0000b', '\u0000'));
    if (s['x-text'] === 'single-line')
      out.push(
        fc.constantFrom(
          'Jan\u0007',
          'Jan\u001B[31m',
          'Jan\u202Enaaj',
          'Ja\u200Bn',
          'Jan\r\nBakker',
          'Jan\nBakker',
          'Jan\tBakker',
          'Jan\u2028',
        ),
      );
    if (s['x-text'] === 'multi-line')
      out.push(
        fc.constantFrom(
          'regel\u0007',
          'regel\u001B[2J',
          'regel\r\nregel',
          'regel\u202Eom',
          'regel\u2066in',
        ),
      );
  }
  if (s.type === 'integer' || s.type === 'number') {
    const min = s.minimum;
    const max = s.maximum;
    out.push(
      fc.constantFrom(
        1e308,
        -1e308,
        2 ** 31,
        -(2 ** 31) - 1,
        Number.MAX_SAFE_INTEGER + 2,
      ),
    );
    if (min !== undefined) out.push(fc.constant(min - 1));
    if (max !== undefined) out.push(fc.constant(max + 1));
    if (s.type === 'integer') out.push(fc.constantFrom(0.5, 1.000001));
  }
  if (s.type === 'array' && s.maxItems !== undefined)
    out.push(fc.constant(Array.from({ length: s.maxItems + 1 }, () => 'x')));
  if (s.type === 'array') out.push(fc.constant([null]), fc.constant([{}]));
  return out;
}

export function invalidValue(
  schema: Schema,
  doc: OpenApiDocument,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (s.oneOf)
    return fc.oneof(
      wrongType({ type: 'object', nullable: s.nullable }),
      fc.constant({ kind: 'nope' }),
    );
  const broken = brokenRule(s);
  return broken.length ? fc.oneof(wrongType(s), ...broken) : wrongType(s);
}

const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'isAdmin',
  'practiceId',
  'id',
  '$where',
];

/** A body that a DTO must refuse: wrong shape, missing, extra or broken fields. */
export function invalidBody(
  schema: Schema,
  doc: OpenApiDocument,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  const valid = edgeValid(s, doc);
  const props = Object.entries(s.properties ?? {});
  const options: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(null, 42, 'text', true, [], [{}]),
    fc
      .tuple(
        valid,
        fc.constantFrom(...EXTRA_KEYS),
        fc.anything({ maxDepth: 1 }).filter((v) => v !== undefined),
      )
      .map(([v, key, extra]) => withKey(v, key, extra)),
    valid.map((v) => withKey(v, '__proto__', { isAdmin: true })),
    valid.map((v) =>
      withKey(v, 'constructor', { prototype: { isAdmin: true } }),
    ),
  ];
  for (const name of s.required ?? [])
    options.push(valid.map((v) => without(v, name)));
  for (const [name, prop] of props)
    options.push(
      fc
        .tuple(valid, invalidValue(prop, doc))
        .map(([v, bad]) => withKey(v, name, bad)),
    );
  return fc.oneof(...options);
}

function withKey(value: unknown, key: string, extra: unknown): unknown {
  const copy: Record<string, unknown> = { ...(value as object) };
  // defineProperty: a plain assignment of __proto__ would change the prototype, not add a key.
  Object.defineProperty(copy, key, {
    value: extra,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function without(value: unknown, key: string): unknown {
  const copy: Record<string, unknown> = { ...(value as object) };
  delete copy[key];
  return copy;
}

/** A path segment that is not the id or token the route expects. */
export const invalidPathValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'abc',
    '1',
    '-1',
    '00000000-0000-0000-0000-00000000000g',
    "' OR 1=1 --",
    '<script>',
    'a\u0000b',
    '\u202E',
    '__proto__',
    'constructor',
    'x'.repeat(2000),
    'null',
    'undefined',
  ),
  fc.uuid().map((u) => `${u}x`),
  fc.string({ minLength: 1, maxLength: 30 }),
);

export { MEGABYTE };
