import { Client } from 'pg';
import { freePort } from '../../src/database/embedded-postgres';
import {
  type ApiProcess,
  type PgServer,
  startApi,
  startPgServer,
  tempDataDir,
  waitForHealth,
} from '../support/api-process';
import {
  clientWithAssessments,
  login,
  query,
  sessionOf,
} from '../support/http-session';

const DEMO = { email: 'demo@herstelkompas.nl', password: 'herstel-demo-2026' };

/** Any advisory lock held: a report is being drawn and not yet stored. */
const DRAWING = `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`;

describe('a report interrupted by killing the API', () => {
  let pg: PgServer;
  let databaseUrl: string;
  let port: number;
  let api: ApiProcess | undefined;

  const start = async () => {
    api = startApi({
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: 'interrupted-report-secret-'.padEnd(48, 'x'),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SEED: 'true',
    });
    await waitForHealth(port, 200, 60000);
  };

  beforeAll(async () => {
    pg = await startPgServer(tempDataDir(), await freePort());
    await query(pg.urlFor('postgres'), 'CREATE DATABASE interrupted');
    databaseUrl = pg.urlFor('interrupted');
    port = await freePort();
  }, 60000);

  afterAll(async () => {
    await api?.stop('SIGKILL');
    await pg?.stop();
  });

  const reportCount = async (clientId: string) =>
    (
      await query<{ n: number }>(
        databaseUrl,
        'SELECT count(*)::int AS n FROM reports WHERE client_id = $1',
        [clientId],
      )
    )[0]?.n;

  it('leaves exactly one report after a restart and a retry', async () => {
    await start();
    const base = `http://127.0.0.1:${port}`;
    const session = sessionOf(await login(base, DEMO.email, DEMO.password));
    const clientId = await clientWithAssessments(databaseUrl, DEMO.email);
    const url = `${base}/api/clients/${clientId}/reports/progress.pdf?audience=referrer`;
    // POST keeps the report (a GET only draws it to read).
    const make = () => fetch(url, { method: 'POST', headers: session.headers });

    // Ask, and kill the API as soon as it holds the report's lock: the
    // drawing has started and nothing is stored yet.
    const watcher = new Client({ connectionString: databaseUrl });
    await watcher.connect();
    const interrupted = make().then(
      (response) => `answered ${response.status}`,
      (error: unknown) => String(error),
    );
    let drawing = 0;
    try {
      while (drawing === 0 && (api as ApiProcess).child.exitCode === null) {
        drawing = (await watcher.query(DRAWING)).rows[0]?.n ?? 0;
      }
      await (api as ApiProcess).stop('SIGKILL');
    } finally {
      await watcher.end();
    }
    expect(drawing).toBeGreaterThan(0);
    await expect(interrupted).resolves.toMatch(/fetch failed/);
    await expect(reportCount(clientId)).resolves.toBe(0);

    // The same browser retries once the API is back: the session survived,
    // the dead process's lock went with its connection.
    await start();
    const retried = await make();
    expect(retried.status).toBe(200);
    expect(retried.headers.get('content-type')).toBe('application/pdf');
    const again = await make();
    expect(again.headers.get('x-report-id')).toBe(
      retried.headers.get('x-report-id'),
    );
    await expect(reportCount(clientId)).resolves.toBe(1);
    await expect(
      query(databaseUrl, DRAWING).then((rows) => rows[0]),
    ).resolves.toEqual({ n: 0 });
    expect(await (api as ApiProcess).stop()).toBe(0);
  });
});
