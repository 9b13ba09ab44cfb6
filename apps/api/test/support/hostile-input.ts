import {
  addCalendarDays,
  HERSTELKOMPAS_INTAKE_V2,
  isMultiLineText,
  isSingleLineText,
} from '@herstelkompas/domain';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
import { completeAnswers } from './answers';
import { invitePortal, portalBrowser } from './portal';
import {
  edgeValid,
  invalidBody,
  invalidPathValue,
  invalidValue,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  resolve,
} from './openapi-arbitraries';
import {
  buildClient,
  buildPractice,
  type Session,
  signIn,
  type TestApp,
} from './test-app';

/** One request as the generator builds it: path values, query pairs, body. */
export interface Input {
  path: Record<string, string>;
  query: [string, string][];
  body?: { value: unknown };
}

export interface World {
  owner: Session;
  ownerEmail: string;
  ids: Record<string, string>;
  token: string;
  intakeCookie: string;
  /** The client's portal browser (its own cookie and CSRF header). */
  portal: Record<string, string>;
  /** An unused portal invitation. */
  portalToken: string;
}

const DOB = '1978-04-23';

/** Real records for every kind of id, so that a valid input reaches the service. */
export async function buildWorld(t: TestApp): Promise<World> {
  const { app } = t;
  const practice = await buildPractice(t.dataSource, { practitioners: 1 });
  const ownerEmail = practice.owner.email;
  const owner = await signIn(app, ownerEmail);
  const post = async (url: string, payload?: object) =>
    (
      await app.inject({ method: 'POST', url, headers: owner.headers, payload })
    ).json();
  const client = await buildClient(app, owner, { dateOfBirth: DOB });
  const flagged = await buildClient(app, owner);
  await post(`/api/clients/${flagged.id}/assessments`, {
    variant: 'baseline',
    answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2, {
      'RF-CAUDA-BLADDER': true,
    }),
  });
  const [flag] = await t.dataSource.query(
    'SELECT id FROM red_flag_reviews WHERE client_id = $1',
    [flagged.id],
  );
  const invitation = await post(
    `/api/clients/${client.id}/intake-invitations`,
    { variant: 'baseline' },
  );
  const token = String(invitation.url).split('/intake/')[1] as string;
  const verified = await app.inject({
    method: 'POST',
    url: `/api/intake/${token}/verify`,
    payload: { dateOfBirth: DOB },
  });
  const intakeCookie = (verified.cookies as { name: string; value: string }[])
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const note = await post(`/api/clients/${client.id}/session-notes`, {
    sessionDate: '2026-11-20T10:00:00Z',
    type: 'coaching',
    text: 'notitie',
  });
  const goal = await post(`/api/clients/${client.id}/goals`, {
    domain: 'sleep',
    description: 'doel',
  });
  const report = await app.inject({
    method: 'POST',
    url: `/api/clients/${client.id}/reports/progress.pdf`,
    headers: owner.headers,
  });
  const appointment = await post('/api/appointments', {
    clientId: client.id,
    start: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    durationMinutes: 30,
    type: 'coaching',
  });
  const feed = await post('/api/calendar-feed');
  const practiceLesson = await post('/api/practice/lessons', {
    title: 'Les van de praktijk',
    minutes: 3,
    body: 'Tekst.',
  });
  // A client of its own: erasing the shared client must not end the portal.
  const portalClient = await buildClient(app, owner, { dateOfBirth: DOB });
  const portal = await portalBrowser(app, owner, portalClient.id, DOB);
  const portalToken = await invitePortal(app, owner, client.id);
  // The portal client's own homework: the portal routes tick it off.
  const today = amsterdamToday();
  const homework = await post(`/api/clients/${portalClient.id}/homework`, {
    exerciseId: 'graded-walking',
    frequency: 'daily',
    startsOn: addCalendarDays(today, -7),
    endsOn: addCalendarDays(today, 30),
  });
  return {
    owner,
    ownerEmail,
    token,
    intakeCookie,
    portal: portal.headers,
    portalToken,
    ids: {
      clients: client.id,
      practitioners: (practice.practitioners[0] as { id: string }).id,
      'intake-invitations': invitation.id,
      'red-flags': flag.id,
      'session-notes': note.id,
      goals: goal.id,
      reports: report.headers['x-report-id'] as string,
      appointments: appointment.id,
      'calendar-feeds': String(feed.url).split(
        '/api/calendar-feeds/',
      )[1] as string,
      lessons: 'scans',
      homework: homework.id,
      builtin: 'scans',
      'practice-lessons': practiceLesson.id,
    },
  };
}

/** The real id for a path: chosen by the collection the `{id}` follows. */
function pathValue(op: Operation, param: Parameter, world: World): string {
  const parts = op.path.split('/');
  if (param.name === 'token' && op.path.startsWith('/api/portal/'))
    return world.portalToken;
  if (param.name === 'token' && !op.path.startsWith('/api/calendar-feeds/'))
    return world.token;
  // A practice's own lesson has a uuid; our six, under the same collection, a name.
  const collection =
    param.name === 'id' && op.path.startsWith('/api/practice/lessons/')
      ? 'practice-lessons'
      : (parts[parts.indexOf(`{${param.name}}`) - 1] ?? '');
  const id = world.ids[collection];
  if (!id) throw new Error(`no record for ${op.method} ${op.path}`);
  return id;
}

const queryText = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);

function validInput(
  op: Operation,
  doc: OpenApiDocument,
  world: World,
): fc.Arbitrary<Input> {
  const path = Object.fromEntries(
    op.params
      .filter((p) => p.in === 'path')
      .map((p) => [p.name, pathValue(op, p, world)]),
  );
  const queryParams = op.params.filter((p) => p.in === 'query');
  const query = fc
    .record(
      Object.fromEntries(
        queryParams.map((p) => [p.name, edgeValid(p.schema, doc)]),
      ),
      {
        requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
      },
    )
    .map((values) =>
      Object.entries(values).flatMap(([k, v]): [string, string][] => {
        const text = queryText(v);
        return text === undefined ? [] : [[k, text]];
      }),
    );
  const body = op.body
    ? edgeValid(op.body, doc).map((value) => ({ value }))
    : fc.constant(undefined);
  return fc
    .tuple(query, body)
    .map(([q, b]) => ({ path, query: q, ...(b ? { body: b } : {}) }));
}

const UNKNOWN_QUERY_KEYS = [
  '__proto__',
  'constructor',
  'debug',
  '$where',
  'practiceId',
];

function invalidQueryValue(
  schema: Parameter['schema'],
  doc: OpenApiDocument,
): fc.Arbitrary<string[]> {
  const s = resolve(schema, doc);
  const asText = invalidValue(s, doc)
    .filter((v) => typeof v !== 'object' || v === null)
    .map((v) => [v === null ? '' : String(v)])
    // A query string is text: what reads as valid text for a free string is not a mistake.
    .filter(([v]) => !isValidQueryText(v as string, s));
  const numberish =
    s.type === 'number' || s.type === 'integer'
      ? [
          fc
            .constantFrom(
              'abc',
              '1e400',
              '1.5',
              '99999999999999999999',
              '',
              '0x10',
            )
            .map((v) => [v]),
        ]
      : [];
  return fc.oneof(
    asText,
    fc.constant<string[]>(['a', 'b']), // ?x=a&x=b: an array where one value is expected
    ...numberish,
  );
}

function isValidQueryText(value: string, s: Parameter['schema']): boolean {
  // The wrong-type `true` reads as the text "true": for an enum of "true" and
  // "false" that is a valid value, not a mistake.
  if (s.enum?.map(String).includes(value)) return true;
  if (s.type === 'number' || s.type === 'integer')
    return (
      /^-?\d{1,15}$/.test(value) &&
      Number(value) >= (s.minimum ?? -Infinity) &&
      Number(value) <= (s.maximum ?? Infinity)
    );
  if (s.enum || s.format || s.pattern || s.type !== 'string') return false;
  if (value.includes('\u0000')) return false;
  if (s['x-text'] === 'single-line' && !isSingleLineText(value)) return false;
  if (s['x-text'] === 'multi-line' && !isMultiLineText(value)) return false;
  return (
    value.length <= (s.maxLength ?? Infinity) &&
    value.length >= (s.minLength ?? 0)
  );
}

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

function invalidInput(
  op: Operation,
  doc: OpenApiDocument,
  world: World,
): fc.Arbitrary<Input> {
  const base = validInput(op, doc, world);
  const options: fc.Arbitrary<Input>[] = [
    fc
      .tuple(
        base,
        fc.constantFrom(...UNKNOWN_QUERY_KEYS),
        fc.string({ maxLength: 10 }),
      )
      .map(([input, key, value]) => ({
        ...input,
        query: [...input.query, [key, value]],
      })),
  ];
  for (const param of op.params) {
    if (param.in === 'path')
      options.push(
        fc.tuple(base, invalidPathValue).map(([input, bad]) => ({
          ...input,
          path: { ...input.path, [param.name]: bad },
        })),
      );
    else
      options.push(
        fc
          .tuple(base, invalidQueryValue(param.schema, doc))
          .map(([input, bad]) => ({
            ...input,
            query: [
              ...input.query.filter(([k]) => k !== param.name),
              ...bad.map((v): [string, string] => [param.name, v]),
            ],
          })),
      );
  }
  if (op.body)
    options.push(
      fc.tuple(base, invalidBody(op.body, doc)).map(([input, value]) => ({
        ...input,
        body: { value },
      })),
    );
  else if (WRITES.has(op.method))
    options.push(
      fc
        .tuple(
          base,
          fc.oneof(
            fc.constantFrom([], [1], 'x', 42, false, { a: 1 }),
            fc.object().filter((o) => Object.keys(o).length > 0),
          ),
        )
        .map(([input, value]) => ({ ...input, body: { value } })),
    );
  return fc.oneof(...options);
}

/** A seed per operation: adding an operation leaves the others' inputs unchanged. */
export function seedFor(seed: number, op: Operation): number {
  const hash = createHash('sha256')
    .update(`${seed} ${op.method} ${op.path}`)
    .digest();
  return hash.readInt32BE(0);
}

export function sampleInputs(
  op: Operation,
  doc: OpenApiDocument,
  world: World,
  seed: number,
  counts: { invalid: number; valid: number },
): { invalid: Input[]; valid: Input[] } {
  const s = seedFor(seed, op);
  return {
    invalid: fc.sample(invalidInput(op, doc, world), {
      seed: s,
      numRuns: counts.invalid,
    }),
    valid: fc.sample(validInput(op, doc, world), {
      seed: s + 1,
      numRuns: counts.valid,
    }),
  };
}

export function urlOf(op: Operation, input: Input): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(input.path[name] ?? ''),
  );
  const query = input.query
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeQuery(v)}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Lone surrogates cannot be encoded: send bytes that are not UTF-8 instead. */
function encodeQuery(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80%FF`;
  }
}
