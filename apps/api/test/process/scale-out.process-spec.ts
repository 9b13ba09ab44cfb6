import { addCalendarDays } from '@herstelkompas/domain';
import { createHash } from 'node:crypto';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
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
  type HttpSession,
  login,
  query,
  sessionOf,
} from '../support/http-session';
import {
  type RoundRobinProxy,
  SERVED_BY,
  startRoundRobinProxy,
} from '../support/round-robin-proxy';
import {
  eventually,
  linkIn,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../support/smtp-catcher';

const DEMO = { email: 'demo@herstelkompas.nl', password: 'herstel-demo-2026' };
const COLLEAGUE = 'thomas@herstelkompas.nl';

/**
 * Two API processes on one PostgreSQL behind a round-robin proxy: whatever
 * one process knows, the other knows too, because it lives in the database.
 */
describe('scaling out: two API processes behind a load balancer', () => {
  let pg: PgServer;
  let databaseUrl: string;
  let apis: ApiProcess[] = [];
  let proxy: RoundRobinProxy;
  let session: HttpSession;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    pg = await startPgServer(tempDataDir(), await freePort());
    await query(pg.urlFor('postgres'), 'CREATE DATABASE scale');
    databaseUrl = pg.urlFor('scale');
    const ports = [await freePort(), await freePort()];
    const env = (port: number, seed: boolean) => ({
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: 'scale-out-secret-'.padEnd(48, 'x'),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SEED: String(seed),
      REPORT_WORKERS: '1',
      // Both processes send mail from the one job queue.
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Herstelkompas <noreply@herstelkompas.test>',
    });
    // Started together on an empty database: one migrates, the other waits.
    apis = [
      startApi(env(ports[0] as number, true)),
      startApi(env(ports[1] as number, false)),
    ];
    await Promise.all(
      ports.map((port, i) => waitForHealth(port, 200, 60000, apis[i])),
    );
    proxy = await startRoundRobinProxy(ports);
  }, 120000);

  afterAll(async () => {
    await proxy?.close();
    const codes = await Promise.all(apis.map((api) => api.stop()));
    await pg?.stop();
    await smtp?.close();
    expect(codes).toEqual([0, 0]);
  });

  const get = (path: string) =>
    fetch(`${proxy.url}${path}`, { headers: { cookie: session.cookie } });
  // Reports are kept by POST; a GET only draws one to read.
  const post = (path: string) =>
    fetch(`${proxy.url}${path}`, { method: 'POST', headers: session.headers });

  it('keeps a session made on one process valid on the other', async () => {
    const signedIn = await login(proxy.url, DEMO.email, DEMO.password);
    session = sessionOf(signedIn);
    const madeBy = signedIn.headers.get(SERVED_BY);

    const first = await get('/api/auth/me');
    const second = await get('/api/auth/me');
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(new Set([madeBy, first.headers.get(SERVED_BY)])).toEqual(
      new Set(['0', '1']),
    );
    expect(second.headers.get(SERVED_BY)).toBe(madeBy);
    await expect(first.json()).resolves.toMatchObject({
      practitioner: { email: DEMO.email },
    });

    // A change with the CSRF token issued by the other process is accepted too.
    const changed = await fetch(`${proxy.url}/api/auth/me/preferences`, {
      method: 'PATCH',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'nl' }),
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get(SERVED_BY)).not.toBe(madeBy);
  });

  it('counts failed sign-ins across both processes and locks the account for both', async () => {
    const servedBy: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await login(proxy.url, COLLEAGUE, 'wrong-password');
      expect(failed.status).toBe(401);
      servedBy.push(failed.headers.get(SERVED_BY) as string);
    }
    // Neither process saw five failures by itself.
    expect(servedBy.filter((b) => b === '0').length).toBeLessThan(5);
    expect(servedBy.filter((b) => b === '1').length).toBeLessThan(5);
    // Now even the right password is refused, by whichever process answers.
    const answers = [
      await login(proxy.url, COLLEAGUE, DEMO.password),
      await login(proxy.url, COLLEAGUE, DEMO.password),
    ];
    expect(new Set(answers.map((a) => a.headers.get(SERVED_BY)))).toEqual(
      new Set(['0', '1']),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(429);
      await expect(answer.json()).resolves.toMatchObject({ code: 'locked' });
    }
  });

  it('evaluates at most 5 of 60 wrong passwords for one account sent at once to both processes', async () => {
    const email = `burst-${Date.now()}@example.nl`;
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        login(proxy.url, email, `wrong password ${i}`),
      ),
    );
    const statuses = answers.map((a) => a.status);
    console.log(
      `60 wrong passwords at once over two processes: ${statuses.filter((s) => s === 401).length} × 401, ${statuses.filter((s) => s === 429).length} × 429`,
    );
    expect(new Set(answers.map((a) => a.headers.get(SERVED_BY)))).toEqual(
      new Set(['0', '1']),
    );
    // An unknown account costs a password check like a known one: each 401 is one evaluated.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(55);
  });

  it('makes a report asked for on both processes at once exactly once', async () => {
    const clientId = await clientWithAssessments(databaseUrl, DEMO.email);
    const path = `/api/clients/${clientId}/reports/progress.pdf?audience=referrer&lang=en`;
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const response = await post(path);
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          id: response.headers.get('x-report-id'),
          servedBy: response.headers.get(SERVED_BY),
          sha256: createHash('sha256')
            .update(Buffer.from(await response.arrayBuffer()))
            .digest('hex'),
        };
      }),
    );
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(
      new Set(['0', '1']),
    );
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 200, type: 'application/pdf' });
    }
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.sha256)).size).toBe(1);

    const rows = await query<{ id: string; sha256: string }>(
      databaseUrl,
      'SELECT id, sha256 FROM reports WHERE client_id = $1',
      [clientId],
    );
    expect(rows).toEqual([{ id: answers[0]?.id, sha256: answers[0]?.sha256 }]);
    const events = await query<{ event: string; n: number }>(
      databaseUrl,
      `SELECT event, count(*)::int AS n FROM audit_events
       WHERE details->>'reportId' = $1 GROUP BY event ORDER BY event`,
      [rows[0]?.id],
    );
    expect(events).toEqual([
      { event: 'report.download', n: 5 },
      { event: 'report.generate', n: 1 },
    ]);
  });

  it('sends every mail exactly once while both processes queue and send', async () => {
    const post = async (path: string, body: object) => {
      const response = await fetch(`${proxy.url}${path}`, {
        method: 'POST',
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        servedBy: response.headers.get(SERVED_BY),
        body: (await response.json()) as { id: string; url: string },
      };
    };
    const links: string[] = [];
    const servedBy = new Set<string | null>();
    const clientIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const client = await post('/api/clients', {
        firstName: `Post${i}`,
        lastName: 'Proef',
        dateOfBirth: '1980-01-01',
        email: `post${i}@client.example`,
      });
      expect(client.status).toBe(201);
      clientIds.push(client.body.id);
    }
    // Round robin: the invitations (and their mail) are queued by both processes.
    for (const id of clientIds) {
      const invitation = await post(`/api/clients/${id}/intake-invitations`, {
        variant: 'baseline',
        send: 'email',
      });
      expect(invitation.status).toBe(201);
      servedBy.add(invitation.servedBy);
      links.push(invitation.body.url);
    }
    expect(servedBy).toEqual(new Set(['0', '1']));
    await eventually(
      () =>
        query<{ n: number }>(
          databaseUrl,
          `SELECT count(*)::int AS n FROM mail_messages
            WHERE kind = 'intake_invitation' AND status <> 'sent'`,
        ),
      (rows) => rows[0]?.n === 0,
      60_000,
    );
    // Nothing due is left in the queue, so nothing more can arrive.
    await eventually(
      () =>
        query<{ n: number }>(
          databaseUrl,
          `SELECT count(*)::int AS n FROM pgboss.job
            WHERE name = 'mail.send' AND state < 'completed' AND start_after <= now()`,
        ),
      (rows) => rows[0]?.n === 0,
      60_000,
    );
    const mails = smtp.received.filter((m) =>
      JSON.stringify(m.to).includes('@client.example'),
    );
    expect(mails.map((m) => linkIn(m)).sort()).toEqual([...links].sort());
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(12);
  }, 120_000);

  it('makes one follow-up invitation per due day while both processes run its jobs, twice over', async () => {
    const send = async (method: string, path: string, body: object) => {
      const response = await fetch(`${proxy.url}${path}`, {
        method,
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBeLessThan(300);
      return (await response.json()) as { id: string };
    };
    const clientIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const client = await send('POST', '/api/clients', {
        firstName: `Vervolg${i}`,
        lastName: 'Proef',
        dateOfBirth: '1980-01-01',
        email: `vervolg${i}@followup.example`,
      });
      clientIds.push(client.id);
      await send('PUT', `/api/clients/${client.id}/follow-up-schedule`, {
        everyWeeks: 4,
      });
    }
    const yesterday = addCalendarDays(amsterdamToday(), -1);
    // As if four weeks had passed: each schedule was due yesterday, and its
    // job is there twice (as after a restore racing a live queue), so both
    // processes can take one for the same day at the same moment.
    await query(
      databaseUrl,
      `UPDATE follow_up_schedules SET next_due_on = $2
        WHERE client_id = ANY($1::uuid[])`,
      [clientIds, yesterday],
    );
    await query(
      databaseUrl,
      `WITH due AS (
         SELECT s.id, s.revision, to_char(s.next_due_on, 'YYYY-MM-DD') AS day
           FROM follow_up_schedules s WHERE s.client_id = ANY($1::uuid[]))
       INSERT INTO pgboss.job (id, name, data, start_after)
       SELECT gen_random_uuid(), 'follow-up.invite',
              jsonb_build_object('scheduleId', due.id, 'revision', due.revision, 'dueOn', due.day),
              now()
         FROM due, generate_series(1, 2)`,
      [clientIds],
    );
    await eventually(
      () =>
        query<{ n: number }>(
          databaseUrl,
          `SELECT count(*)::int AS n FROM pgboss.job
            WHERE name = 'follow-up.invite' AND state < 'completed' AND start_after <= now()`,
        ),
      (rows) => rows[0]?.n === 0,
      60_000,
    );
    const invitations = await query<{ client_id: string; n: number }>(
      databaseUrl,
      `SELECT client_id, count(*)::int AS n FROM intake_invitations
        WHERE client_id = ANY($1::uuid[]) GROUP BY client_id`,
      [clientIds],
    );
    expect(invitations).toHaveLength(6);
    expect(invitations.every((r) => r.n === 1)).toBe(true);
    await eventually(
      async () =>
        smtp.received.filter((m) =>
          JSON.stringify(m.to).includes('@followup.example'),
        ),
      (mails) => mails.length === 6,
      60_000,
    );
    const moved = await query<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM follow_up_schedules
        WHERE client_id = ANY($1::uuid[]) AND next_due_on = $2`,
      [clientIds, addCalendarDays(yesterday, 28)],
    );
    expect(moved[0]?.n).toBe(6);
  }, 120_000);
});
