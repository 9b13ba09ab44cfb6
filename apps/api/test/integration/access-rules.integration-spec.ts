import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { Writable } from 'node:stream';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import { completeAnswers } from '../support/answers';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

/**
 * Sign-in and access that hold under attack: what a share grants, refusals
 * in the access log, who edits a draft, what a GET may store, and what the
 * logs keep of what people type.
 */
describe('access rules', () => {
  let t: TestApp;
  const appLog: string[] = [];
  let owner: Session;
  let a1: Session;
  let a2: Session;
  let a3: Session;
  let ownerB: Session;
  let ids: {
    practiceA: string;
    practiceB: string;
    owner: string;
    a1: string;
    a2: string;
    a3: string;
    ownerB: string;
  };

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        appLog.push(String(chunk));
        done();
      },
    });
    t = await createTestApp({}, { logger: pino({ level: 'trace' }, sink) });
    const a = await buildPractice(t.dataSource, { practitioners: 3 });
    const b = await buildPractice(t.dataSource);
    const [p1, p2, p3] = a.practitioners as unknown as [
      { id: string; email: string },
      { id: string; email: string },
      { id: string; email: string },
    ];
    owner = await signIn(t.app, a.owner.email);
    a1 = await signIn(t.app, p1.email);
    a2 = await signIn(t.app, p2.email);
    a3 = await signIn(t.app, p3.email);
    ownerB = await signIn(t.app, b.owner.email);
    ids = {
      practiceA: a.owner.practiceId,
      practiceB: b.owner.practiceId,
      owner: a.owner.id,
      a1: p1.id,
      a2: p2.id,
      a3: p3.id,
      ownerB: b.owner.id,
    };
  });
  afterAll(() => t.close());

  const call = (
    s: Session | null,
    method: string,
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: s ? { ...s.headers, 'user-agent': 'jest-rules' } : {},
      ...(payload ? { payload } : {}),
    });

  /** a1's client, shared with a3. */
  async function sharedClient(overrides: Record<string, unknown> = {}) {
    const client = await buildClient(t.app, a1, overrides);
    const shared = await call(a1, 'PUT', `/api/clients/${client.id}/shares`, {
      practitionerIds: [ids.a3],
    });
    expect(shared.statusCode).toBe(200);
    return client;
  }

  interface DeniedLine {
    practice_id: string;
    user_id: string;
    role: string;
    outcome: string;
    part: string;
    action: string;
    details: Record<string, unknown>;
  }
  const deniedLines = (clientId: string): Promise<DeniedLine[]> =>
    t.dataSource.query(
      `SELECT practice_id, user_id, role, outcome, part, action, details
         FROM audit_events
        WHERE client_id = $1 AND event = 'client.access_denied'
        ORDER BY occurred_at`,
      [clientId],
    );

  describe('a share lets a colleague work in the record, not take it over', () => {
    it('refuses reassignment, re-sharing, archiving, erasing and exporting to a colleague the client is shared with', async () => {
      const client = await sharedClient();
      const x = `/api/clients/${client.id}`;
      const refused: [string, string, object?][] = [
        ['PATCH', x, { version: 1, responsiblePractitionerId: ids.a3 }],
        ['PATCH', x, { version: 1, phone: '0612345678' }],
        ['PUT', `${x}/shares`, { practitionerIds: [] }],
        ['PUT', `${x}/shares`, { practitionerIds: [ids.a3, ids.a2] }],
        ['POST', `${x}/archive`],
        ['POST', `${x}/restore`],
        ['DELETE', x],
        ['GET', `${x}/export`],
        ['GET', `${x}/access-log`],
      ];
      const got: string[] = [];
      for (const [method, url, body] of refused)
        got.push(
          `${method} ${url} ${(await call(a3, method, url, body)).statusCode}`,
        );
      expect(got).toEqual(
        refused.map(([method, url]) => `${method} ${url} 403`),
      );

      const [row] = await t.dataSource.query(
        'SELECT responsible_practitioner_id AS r, status, version FROM clients WHERE id = $1',
        [client.id],
      );
      expect(row).toEqual({ r: ids.a1, status: 'intake_pending', version: 1 });
      const shares = await t.dataSource.query(
        'SELECT practitioner_id FROM client_shares WHERE client_id = $1',
        [client.id],
      );
      expect(shares).toEqual([{ practitioner_id: ids.a3 }]);
      expect((await call(a1, 'GET', x)).statusCode).toBe(200);

      // What the share is for still works.
      const allowed: [string, string, object?][] = [
        ['GET', x],
        [
          'POST',
          `${x}/assessments`,
          {
            variant: 'baseline',
            answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
          },
        ],
        [
          'POST',
          `${x}/session-notes`,
          { sessionDate: '2026-11-20T10:00:00Z', type: 'coaching' },
        ],
        ['POST', `${x}/goals`, { domain: 'sleep', description: 'slapen' }],
        ['POST', `${x}/intake-invitations`, { variant: 'follow_up' }],
        ['POST', `${x}/reports/progress.pdf`],
        ['GET', `${x}/timeline`],
      ];
      const worked: string[] = [];
      for (const [method, url, body] of allowed) {
        const status = (await call(a3, method, url, body)).statusCode;
        if (status < 200 || status > 299)
          worked.push(`${method} ${url} ${status}`);
      }
      expect(worked).toEqual([]);
      console.log(
        `share rules: a shared colleague was refused ${refused.length}/${refused.length} managing requests (403, nothing changed) and allowed ${allowed.length}/${allowed.length} working requests`,
      );
    });

    it('lets the owner hand the client over, and the responsible practitioner share it', async () => {
      const client = await sharedClient();
      const handed = await call(owner, 'PATCH', `/api/clients/${client.id}`, {
        version: 1,
        responsiblePractitionerId: ids.a3,
      });
      expect(handed.statusCode).toBe(200);
      expect(handed.json().responsiblePractitioner.id).toBe(ids.a3);
      const reshared = await call(
        a3,
        'PUT',
        `/api/clients/${client.id}/shares`,
        {
          practitionerIds: [ids.a1],
        },
      );
      expect(reshared.statusCode).toBe(200);
      expect(
        (await call(a1, 'GET', `/api/clients/${client.id}`)).statusCode,
      ).toBe(200);
    });
  });

  describe('refused access to a client record is in the access log', () => {
    it('logs refusals by a colleague and by another practice in the holding practice, answering as before', async () => {
      const client = await buildClient(t.app, a1);
      const unknown = randomUUID();
      const x = `/api/clients/${client.id}`;
      const asked: [Session, string, string, object?][] = [
        [a2, 'GET', x],
        [a2, 'PATCH', x, { version: 1, phone: '0612345678' }],
        [a2, 'GET', `${x}/session-notes`],
        [a2, 'GET', `${x}/reports/progress.pdf`],
        [ownerB, 'GET', x],
        [ownerB, 'GET', `${x}/timeline`],
        [ownerB, 'POST', `${x}/goals`, { domain: 'sleep', description: 'x' }],
        [a1, 'DELETE', x],
      ];
      const statuses: number[] = [];
      for (const [who, method, url, body] of asked) {
        const refused = await call(who, method, url, body);
        statuses.push(refused.statusCode);
        // The same answer as for a client that does not exist at all.
        if (refused.statusCode === 404) {
          const none = await call(
            who,
            method,
            url.replace(client.id, unknown),
            body,
          );
          expect(none.statusCode).toBe(404);
          expect(refused.body).toBe(none.body);
        }
      }
      expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 403]);

      const lines = await deniedLines(client.id);
      expect(lines).toHaveLength(asked.length);
      const byWho = (id: string) => lines.filter((l) => l.user_id === id);
      expect(byWho(ids.a2).map((l) => l.part)).toEqual([
        'clients/:id',
        'clients/:id',
        'clients/:id/session-notes',
        'clients/:id/reports/progress.pdf',
      ]);
      expect(byWho(ids.ownerB).map((l) => `${l.action} ${l.part}`)).toEqual([
        'R clients/:id',
        'R clients/:id/timeline',
        'C clients/:id/goals',
      ]);
      for (const line of lines) {
        expect(line.practice_id).toBe(ids.practiceA);
        expect(line.outcome).toBe('denied');
      }
      expect(byWho(ids.ownerB)[0].details).toEqual({
        method: 'GET',
        status: 404,
        actorPracticeId: ids.practiceB,
      });
      // Nothing of it in the log of the practice that asked.
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE practice_id = $1 AND (client_id = $2 OR event = 'client.access_denied')`,
        [ids.practiceB, client.id],
      );
      expect(n).toBe(0);
      // No line for an id that is no client at all.
      const [{ none }] = await t.dataSource.query(
        'SELECT count(*)::int AS none FROM audit_events WHERE client_id = $1',
        [unknown],
      );
      expect(none).toBe(0);
      await expect(verifyAuditChain(t.dataSource)).resolves.toMatchObject({
        broken: null,
      });
      console.log(
        `denied-access logging: ${asked.length} refused requests on an existing client, ${lines.length} denied lines in the holding practice's log, 0 in the asking practice's, answers identical to an unknown id`,
      );
    });

    it('logs refusals on the parts of a record reached by their own ids', async () => {
      const client = await buildClient(t.app, a1);
      const note = (
        await call(a1, 'POST', `/api/clients/${client.id}/session-notes`, {
          sessionDate: '2026-11-20T10:00:00Z',
          type: 'coaching',
        })
      ).json();
      const goal = (
        await call(a1, 'POST', `/api/clients/${client.id}/goals`, {
          domain: 'sleep',
          description: 'x',
        })
      ).json();
      const report = await call(
        a1,
        'POST',
        `/api/clients/${client.id}/reports/progress.pdf`,
      );
      const urls: [string, string, object?][] = [
        ['GET', `/api/session-notes/${note.id}`],
        ['PATCH', `/api/goals/${goal.id}`, { status: 'dropped' }],
        ['GET', `/api/reports/${report.headers['x-report-id']}/download`],
      ];
      for (const [method, url, body] of urls) {
        expect((await call(ownerB, method, url, body)).statusCode).toBe(404);
        expect((await call(a2, method, url, body)).statusCode).toBe(404);
      }
      const lines = await deniedLines(client.id);
      expect(lines.map((l) => l.part)).toEqual([
        'session-notes/:id',
        'session-notes/:id',
        'goals/:id',
        'goals/:id',
        'reports/:id/download',
        'reports/:id/download',
      ]);
      expect(lines.every((l) => l.practice_id === ids.practiceA)).toBe(true);
    });

    it("logs a practitioner's attempt at the owner's views of every record: the practice export and its access log", async () => {
      for (const url of ['/api/practice/export', '/api/access-log'])
        expect((await call(a2, 'GET', url)).statusCode).toBe(403);
      const lines = await t.dataSource.query(
        `SELECT practice_id, client_id, part, outcome FROM audit_events
          WHERE user_id = $1 AND event = 'client.access_denied' AND client_id IS NULL
          ORDER BY occurred_at`,
        [ids.a2],
      );
      expect(lines).toEqual([
        {
          practice_id: ids.practiceA,
          client_id: null,
          part: 'practice/export',
          outcome: 'denied',
        },
        {
          practice_id: ids.practiceA,
          client_id: null,
          part: 'access-log',
          outcome: 'denied',
        },
      ]);
    });

    it("shows the owner an attempt from another practice without that practice's people", async () => {
      const client = await buildClient(t.app, a1);
      await call(ownerB, 'GET', `/api/clients/${client.id}`);
      const log = await call(
        owner,
        'GET',
        `/api/clients/${client.id}/access-log`,
      );
      expect(log.statusCode).toBe(200);
      const denied = log
        .json()
        .items.find(
          (i: { event: string }) => i.event === 'client.access_denied',
        );
      expect(denied).toMatchObject({
        outcome: 'denied',
        user: null,
        part: 'clients/:id',
        details: { method: 'GET', status: 404, actor: 'other_practice' },
      });
      expect(log.body).not.toContain(ids.ownerB);
      expect(log.body).not.toContain(ids.practiceB);
    });
  });

  describe('a draft note is its author’s', () => {
    it('refuses the owner and a shared colleague editing or signing it; the owner adds an addendum in their own name', async () => {
      const client = await sharedClient();
      const note = (
        await call(a1, 'POST', `/api/clients/${client.id}/session-notes`, {
          sessionDate: '2026-11-20T10:00:00Z',
          type: 'coaching',
          text: 'door a1',
        })
      ).json();
      const n = `/api/session-notes/${note.id}`;
      for (const who of [owner, a3]) {
        const edit = await call(who, 'PATCH', n, { text: 'overschreven' });
        expect(edit.statusCode).toBe(403);
        expect(edit.json().code).toBe('note_author_only');
        expect((await call(who, 'POST', `${n}/sign`)).statusCode).toBe(403);
      }
      const [row] = await t.dataSource.query(
        'SELECT text, status, signed_at FROM session_notes WHERE id = $1',
        [note.id],
      );
      expect(row).toEqual({
        text: 'door a1',
        status: 'draft',
        signed_at: null,
      });

      const signed = await call(a1, 'POST', `${n}/sign`);
      expect(signed.statusCode).toBe(200);
      expect(signed.json().author.id).toBe(ids.a1);
      const addendum = await call(owner, 'POST', `${n}/addenda`, {
        text: 'aanvulling',
      });
      expect(addendum.statusCode).toBe(201);
      expect(addendum.json().addenda).toEqual([
        expect.objectContaining({
          text: 'aanvulling',
          author: expect.objectContaining({ id: ids.owner }),
        }),
      ]);
      expect(addendum.json().author.id).toBe(ids.a1);
    });
  });

  describe('a GET of the progress report stores nothing', () => {
    it('draws the report for a GET and logs a read; only POST keeps it, once per data and options', async () => {
      const client = await buildClient(t.app, a1);
      const url = `/api/clients/${client.id}/reports/progress.pdf`;
      const count = async () =>
        (
          await t.dataSource.query(
            'SELECT count(*)::int AS n FROM reports WHERE client_id = $1',
            [client.id],
          )
        )[0].n;
      const got = await t.app.inject({
        method: 'GET',
        url: `${url}?closing=x`,
        headers: {
          cookie: a1.cookie,
          origin: 'https://elders.example',
          'sec-fetch-site': 'cross-site',
        },
      });
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['x-report-id']).toBeUndefined();
      expect(await count()).toBe(0);
      const [view] = await t.dataSource.query(
        `SELECT action, part FROM audit_events WHERE client_id = $1 AND event = 'report.view'`,
        [client.id],
      );
      expect(view).toEqual({ action: 'R', part: 'report' });

      const first = await call(a1, 'POST', `${url}?closing=x`);
      const again = await call(a1, 'POST', `${url}?closing=x`);
      expect(first.statusCode).toBe(200);
      expect(again.headers['x-report-id']).toBe(first.headers['x-report-id']);
      expect(await count()).toBe(1);
    });
  });

  describe('the access log and the app log keep no typed text', () => {
    it("logs the owner's read of the practice-wide access log", async () => {
      const read = await call(
        owner,
        'GET',
        `/api/access-log?practitionerId=${ids.a1}`,
      );
      expect(read.statusCode).toBe(200);
      const [line] = await t.dataSource.query(
        `SELECT user_id, action, part, client_id, details FROM audit_events
          WHERE practice_id = $1 AND event = 'access_log.read' AND client_id IS NULL`,
        [ids.practiceA],
      );
      expect(line).toMatchObject({
        user_id: ids.owner,
        action: 'R',
        part: 'access_log',
        client_id: null,
        details: { filters: { practitionerId: ids.a1 } },
      });
    });

    it('logs that a search happened and its filters, never the words, and nothing of the name stays after erasure', async () => {
      const client = await buildClient(t.app, a1, {
        firstName: 'Fatima',
        lastName: 'Zwanenburg',
        tags: ['Fatima-groep'],
      });
      appLog.length = 0;
      for (const url of [
        '/api/clients?search=Fatima&status=intake_pending',
        '/api/clients?tag=Fatima-groep',
        '/api/exports/clients.csv?search=Zwanenburg',
        `/api/clients/${client.id}/session-notes?search=Fatima`,
      ])
        expect((await call(a1, 'GET', url)).statusCode).toBe(200);
      const [search] = await t.dataSource.query(
        `SELECT details FROM audit_events WHERE user_id = $1 AND event = 'client.search'
          ORDER BY occurred_at LIMIT 1`,
        [ids.a1],
      );
      expect(search.details).toEqual({
        filters: { search: true, status: 'intake_pending' },
        resultCount: 1,
      });
      // A refused request and an erasure on the way, then look everywhere.
      await call(a2, 'GET', `/api/clients/${client.id}`);
      expect(
        (await call(owner, 'DELETE', `/api/clients/${client.id}`)).statusCode,
      ).toBe(204);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE to_jsonb(audit_events)::text ~* '(fatima|zwanenburg)'`,
      );
      expect(n).toBe(0);
      const text = appLog.join('');
      expect(appLog.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/fatima|zwanenburg/i);
      for (const s of [a1, a2, owner]) {
        for (const part of s.cookie.split('; '))
          expect(text).not.toContain(part.split('=')[1]);
        expect(text).not.toContain(s.xsrf);
      }
      console.log(
        `typed text: 4 searches, 1 refusal and 1 erasure; access log lines with the name or search text: ${n}; app log lines: ${appLog.length}, with the name, search text or a token: 0`,
      );
    });
  });
});
