import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { freePort } from '../../src/database/embedded-postgres';
import { completeAnswers } from '../support/answers';
import {
  type ApiProcess,
  type PgServer,
  startApi,
  startPgServer,
  tempDataDir,
  waitForHealth,
} from '../support/api-process';
import { livePractice, type LiveSession } from '../support/live-practice';

const DOB = '1981-06-14';
/** How long after sending the submit the API is killed: before, during and after its commit. */
const KILL_AFTER_MS = [0, 2, 5, 10, 20, 40, 80, 160];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('intake submit interrupted by killing the API', () => {
  let pgDir: string;
  let dataDir: string;
  let pg: PgServer;
  let api: ApiProcess;
  let databaseUrl: string;
  let port: number;

  const start = async () => {
    api = startApi({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: 'intake-kill-test-'.padEnd(48, 'x'),
    });
    await waitForHealth(port);
  };

  beforeAll(async () => {
    pgDir = tempDataDir();
    dataDir = tempDataDir();
    pg = await startPgServer(pgDir, await freePort());
    databaseUrl = await pg.createDatabase('herstelkompas');
    port = await freePort();
    await start();
  });
  afterAll(async () => {
    await api?.stop();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  });

  /** A client with an open link, verified and consented: ready to submit. */
  async function readyIntake(s: LiveSession) {
    const post = (url: string, body: object, headers = s.headers) =>
      fetch(`${s.base}${url}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
    const client = (await (
      await post('/clients', {
        firstName: 'Sanne',
        lastName: 'Bakker',
        dateOfBirth: DOB,
        email: `sanne-${randomUUID().slice(0, 8)}@example.nl`,
      })
    ).json()) as { id: string };
    const invitation = (await (
      await post(`/clients/${client.id}/intake-invitations`, {
        variant: 'baseline',
      })
    ).json()) as { url: string };
    const token = invitation.url.split('/intake/')[1] as string;
    const json = { 'content-type': 'application/json' };
    const verified = await post(
      `/intake/${token}/verify`,
      { dateOfBirth: DOB },
      json,
    );
    const cookie = verified.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('hk_intake=')) as string;
    const headers = { ...json, cookie };
    const consent = await post(
      `/intake/${token}/consent`,
      { privacyStatementVersion: PRIVACY_STATEMENT_VERSION },
      headers,
    );
    expect(consent.status).toBe(204);
    const submit = () =>
      fetch(`${s.base}/intake/${token}/submit`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
        }),
      });
    return { clientId: client.id, submit };
  }

  it('leaves exactly one assessment and answers the retry with it', async () => {
    const session = await livePractice(databaseUrl, port);
    const seen = { committedBeforeKill: 0, lostWithKill: 0, retried: 0 };
    for (const delay of KILL_AFTER_MS) {
      const intake = await readyIntake(session);
      const first = intake.submit().catch(() => null);
      await sleep(delay);
      await api.stop('SIGKILL');
      const answered = await first;
      await start();

      const retry = await intake.submit();
      expect([200, 201]).toContain(retry.status);
      const body = (await retry.json()) as { assessmentId: string };
      seen.retried += 1;
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        const rows = await db.query(
          'SELECT id FROM assessments WHERE client_id = $1',
          [intake.clientId],
        );
        expect(rows.rows.map((r) => r.id)).toEqual([body.assessmentId]);
      } finally {
        await db.end();
      }
      if (retry.status === 200) seen.committedBeforeKill += 1;
      else seen.lostWithKill += 1;
      if (answered) expect([200, 201]).toContain(answered.status);
    }
    console.log(
      `interrupted intake submits: ${KILL_AFTER_MS.length}; committed before the kill (retry answered 200 with it): ${seen.committedBeforeKill}; ` +
        `rolled back by the kill (retry created it, 201): ${seen.lostWithKill}; assessments per intake: 1`,
    );
  });
});
