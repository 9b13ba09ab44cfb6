import { SESSION_COOKIE } from '@herstelkompas/contracts';
import type { Response as InjectResponse } from 'light-my-request';
import { JOB_SCHEMA } from '../../src/jobs/job-queue';
import {
  buildWorld,
  type Input,
  sampleInputs,
  urlOf,
  type World,
} from './hostile-input';
import {
  type OpenApiDocument,
  type Operation,
  operationsOf,
  undescribed,
} from './openapi-arbitraries';
import { signIn, type TestApp } from './test-app';

export interface HostileFigures {
  operations: number;
  invalid: number;
  valid: number;
  serverErrors: number;
  failures: string[];
}

/** Traces and database words that must never reach a caller. */
const LEAKS =
  /\n\s+at \S+ \(|QueryFailedError|node_modules|syntax error at or near|violates .* constraint|duplicate key value|invalid input syntax for type|relation "\w+"|column "\w+"/;

// 415: JSON sent to the one route that takes image bytes (the logo).
const REFUSED = new Set([400, 413, 415, 422]);

export async function readDocument(t: TestApp): Promise<OpenApiDocument> {
  const response = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
  return response.json();
}

/** Every operation whose inputs the document leaves undescribed. */
export function incompleteOperations(doc: OpenApiDocument): string[] {
  return operationsOf(doc).flatMap((op) => [
    ...(op.body ? undescribed(op.body, doc) : []).map(
      (where) => `${op.method} ${op.path} ${where}`,
    ),
    ...op.params
      .filter((p) => !p.schema?.type && !p.schema?.enum)
      .map((p) => `${op.method} ${op.path} ${p.in} ${p.name}`),
  ]);
}

/**
 * A cheap fingerprint of every table: rows and the newest row version. The
 * guards refresh a session's last_seen_at once a minute by design (the
 * practitioner's and the portal's), so sessions count by state instead.
 */
async function fingerprint(t: TestApp): Promise<string> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts = tables.map(({ name }) =>
    name === 'sessions' || name === 'portal_sessions'
      ? `SELECT '${name}' AS t, count(*)::text || '/' || count(revoked_at)::text AS f FROM "${name}"`
      : `SELECT '${name}' AS t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text AS f FROM "${name}"`,
  );
  const rows: { t: string; f: string }[] = await t.dataSource.query(
    parts.join(' UNION ALL '),
  );
  return rows.map((r) => `${r.t}=${r.f}`).join(' ');
}

/** Waits until no job that is due is waiting or running. */
async function jobsSettled(t: TestApp): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [row]: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job
        WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
    );
    if (!row?.n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function send(
  t: TestApp,
  op: Operation,
  input: Input,
  world: World,
): Promise<InjectResponse> {
  const headers: Record<string, string> = op.path.startsWith('/api/intake/')
    ? { cookie: world.intakeCookie }
    : op.path.startsWith('/api/portal/')
      ? { ...world.portal }
      : { ...world.owner.headers };
  if (input.body) headers['content-type'] = 'application/json';
  return t.app.inject({
    method: op.method as 'GET',
    // Its own address: rate limits it earns must not lock out the set-up's sign-ins.
    remoteAddress: '198.51.100.7',
    url: urlOf(op, input),
    headers,
    ...(input.body ? { payload: JSON.stringify(input.body.value) } : {}),
  });
}

function problemWith(
  response: InjectResponse,
  kind: 'invalid' | 'valid',
): string | undefined {
  if (response.statusCode >= 500) return `${response.statusCode}`;
  if (LEAKS.test(response.body)) return 'leaks a trace or SQL';
  if (kind === 'invalid' && !REFUSED.has(response.statusCode))
    return `${response.statusCode} for an invalid input`;
  if (response.statusCode >= 400) {
    let body: { statusCode?: unknown; code?: unknown; message?: unknown };
    try {
      body = response.json();
    } catch {
      return `${response.statusCode} without a JSON body`;
    }
    if (
      body.statusCode !== response.statusCode ||
      typeof body.code !== 'string' ||
      typeof body.message !== 'string'
    )
      return `${response.statusCode} body not in the error shape`;
  }
  return undefined;
}

/** Long runs are shortened so that a failure stays readable: "x×2001". */
const shorten = (text: string): string =>
  text.replace(
    /(..?)\1{15,}/g,
    (run, unit: string) => `${unit}×${run.length / unit.length}`,
  );

const describe = (op: Operation, input: Input): string =>
  shorten(
    `${op.method} ${urlOf(op, input)} ${JSON.stringify(input.body?.value ?? null)}`,
  ).slice(0, 1000);

/** Sends every generated input of one operation and collects what went wrong. */
async function runOperation(
  t: TestApp,
  op: Operation,
  doc: OpenApiDocument,
  seed: number,
  counts: { invalid: number; valid: number },
  world: World,
  figures: HostileFigures,
): Promise<void> {
  const inputs = sampleInputs(op, doc, world, seed, counts);
  // Jobs queued by the previous operation's valid inputs (mail) write in
  // the background: let them finish, so their rows are not taken for this
  // operation's.
  await jobsSettled(t);
  const before = await fingerprint(t);
  for (const input of inputs.invalid) {
    const response = await send(t, op, input, world);
    if (response.statusCode >= 500) figures.serverErrors++;
    const problem = problemWith(response, 'invalid');
    if (problem)
      figures.failures.push(
        `${problem}: ${describe(op, input)} -> ${response.body.slice(0, 200)}`,
      );
  }
  figures.invalid += inputs.invalid.length;
  if ((await fingerprint(t)) !== before)
    figures.failures.push(...(await writers(t, op, inputs.invalid, world)));
  for (const input of inputs.valid) {
    const response = await send(t, op, input, world);
    if (response.statusCode >= 500) figures.serverErrors++;
    const problem = problemWith(response, 'valid');
    if (problem)
      figures.failures.push(
        `${problem} (edge-valid): ${describe(op, input)} -> ${response.body.slice(0, 200)}`,
      );
    if (endedSession(response)) world.owner = await signInAgain(t, world);
  }
  figures.valid += inputs.valid.length;
}

/**
 * Well-formed but wrong passwords and codes (edge-valid inputs of the
 * password and two-step routes) count towards the account's lock-out, which
 * has its own tests; here they would only lock the test's owner out.
 */
async function signInAgain(t: TestApp, world: World) {
  await t.dataSource.query('DELETE FROM login_attempts WHERE email = $1', [
    world.ownerEmail,
  ]);
  return signIn(t.app, world.ownerEmail);
}

/** Only when a batch wrote something: find the inputs that did. */
async function writers(
  t: TestApp,
  op: Operation,
  inputs: Input[],
  world: World,
): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const before = await fingerprint(t);
    await send(t, op, input, world);
    const after = await fingerprint(t);
    if (after !== before)
      found.push(`wrote for a refused input: ${describe(op, input)}`);
  }
  return found.length
    ? found
    : [`${op.method} ${op.path}: a refused batch wrote`];
}

/**
 * Erasing the records and signing out go last, so the others meet real
 * records; ending the portal session goes after the portal's other deletes.
 */
const lastly = (op: Operation): number =>
  op.method === 'DELETE'
    ? op.path === '/api/portal/session'
      ? 3
      : 2
    : op.path.endsWith('/logout')
      ? 1
      : 0;

function endedSession(response: InjectResponse): boolean {
  return (response.cookies as { name: string; value: string }[]).some(
    (c) => c.name === SESSION_COOKIE && !c.value,
  );
}

export async function runHostileInput(
  t: TestApp,
  options: { seed: number; invalid: number; valid: number; only?: string },
): Promise<HostileFigures> {
  const doc = await readDocument(t);
  const operations = operationsOf(doc).filter((op) =>
    `${op.method} ${op.path}`.includes(options.only ?? ''),
  );
  const figures: HostileFigures = {
    operations: operations.length,
    invalid: 0,
    valid: 0,
    serverErrors: 0,
    failures: [],
  };
  const world = await buildWorld(t);
  for (const op of [...operations].sort((a, b) => lastly(a) - lastly(b)))
    await runOperation(t, op, doc, options.seed, options, world, figures);
  return figures;
}
