import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import { JOB_SCHEMA } from '../../src/jobs/job-queue';
import { SIGN_IN_LINK_JOB } from '../../src/portal/portal-links.service';
import { eventually } from '../support/smtp-catcher';
import { completeAnswers } from '../support/answers';
import {
  invitePortal,
  openPortal,
  portalBrowser,
  tokenOf,
} from '../support/portal';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

const DOB = '1978-04-23';

describe('client portal: getting in', () => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = await signIn(t.app, practice.owner.email);
    colleague = await signIn(
      t.app,
      (practice.practitioners[0] as { email: string }).email,
    );
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM rate_limit_hits'));

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  it('invites with a link shown once and stored only as a hash, valid 14 days', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/portal-invitations`,
      headers: owner.headers,
      payload: { send: 'link' },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.url).toMatch(
      /^http:\/\/localhost:3000\/portaal\/link\/[\w-]{43}$/,
    );
    expect(body.delivery).toBeNull();
    const days = (Date.parse(body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    const token = tokenOf(body.url);
    const rows = await t.dataSource.query(
      `SELECT token_hash FROM portal_links WHERE client_id = $1`,
      [client.id],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('mails the invitation when asked, with the link in the outbox and nothing about health', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/portal-invitations`,
      headers: owner.headers,
      payload: { send: 'email' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().delivery.kind).toBe('portal_invitation');
    const [mail] = await t.dataSource.query(
      `SELECT recipient, subject, text_body, link FROM mail_messages WHERE client_id = $1`,
      [client.id],
    );
    expect(mail.recipient).toBe(client['email']);
    expect(mail.subject).toContain('persoonlijke pagina');
    expect(mail.link).toBe(response.json().url);
  });

  it('opens a portal session with the right date of birth; the link is then used up', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const token = await invitePortal(t.app, owner, client.id);
    const state = await get(`/api/portal/links/${token}`);
    expect(state.statusCode).toBe(200);
    expect(state.json()).toEqual({
      status: 'verify_required',
      language: 'nl',
      practiceName: expect.any(String),
    });
    const { response, browser } = await openPortal(t.app, token, DOB);
    expect(response.statusCode).toBe(200);
    const set = response.cookies as {
      name: string;
      path?: string;
      httpOnly?: boolean;
      sameSite?: string;
    }[];
    expect(set.find((c) => c.name === 'hk_portal')).toMatchObject({
      path: '/api/portal',
      httpOnly: true,
      sameSite: 'Strict',
    });
    const me = await get('/api/portal/me', { cookie: browser?.cookie ?? '' });
    expect(me.statusCode).toBe(200);
    expect(me.json().client.firstName).toBe('Jan');

    const again = await openPortal(t.app, token, DOB);
    expect(again.response.statusCode).toBe(404);
    expect(again.response.json()).toMatchObject({
      code: 'portal_link_unavailable',
      contact: {
        practiceName: expect.any(String),
        practitionerEmail: expect.stringContaining('@'),
      },
    });
  });

  it('refuses a wrong date of birth, says how many tries are left, and locks the link after five', async () => {
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const token = await invitePortal(t.app, owner, client.id);
    const lefts: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const { response, browser } = await openPortal(
        t.app,
        token,
        '1980-01-01',
      );
      expect(response.statusCode).toBe(401);
      expect(browser).toBeNull();
      lefts.push(response.json().message.match(/nog (\d) keer/)?.[1]);
    }
    expect(lefts).toEqual(['4', '3', '2', '1']);
    const fifth = await openPortal(t.app, token, '1980-01-01');
    expect(fifth.response.statusCode).toBe(423);
    expect(fifth.response.json().code).toBe('portal_link_locked');
    // Locked means locked: the right date no longer opens it either.
    const right = await openPortal(t.app, token, DOB);
    expect(right.response.statusCode).toBe(423);
    expect(right.response.json().contact.practiceName).toEqual(
      expect.any(String),
    );
  });

  it('answers an unknown link without naming anyone, and an expired one with whom to contact', async () => {
    const unknown = await get(`/api/portal/links/${'x'.repeat(43)}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().contact).toBeUndefined();
    const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    const token = await invitePortal(t.app, owner, client.id);
    await t.dataSource.query(
      `UPDATE portal_links SET expires_at = now() - interval '1 minute' WHERE client_id = $1`,
      [client.id],
    );
    const expired = await get(`/api/portal/links/${token}`);
    expect(expired.statusCode).toBe(404);
    expect(expired.json().contact.practitionerName).toEqual(expect.any(String));
    expect((await openPortal(t.app, token, DOB)).response.statusCode).toBe(404);
  });

  describe('sign-in link by e-mail', () => {
    async function invitedClient() {
      const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const first = await portalBrowser(t.app, owner, client.id, DOB);
      return { client, first };
    }
    const ask = (email: string, remoteAddress?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/portal/sign-in-link',
        payload: { email },
        ...(remoteAddress ? { remoteAddress } : {}),
      });
    /** Sign-in link jobs still waiting or running. */
    const pendingJobs = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job
            WHERE name = '${SIGN_IN_LINK_JOB}' AND state < 'completed'`,
        )
      )[0].n as number;
    /** The links mailed once every request's job has been handled. */
    const signInMails = async (clientId: string) => {
      await eventually(pendingJobs, (n) => n === 0);
      return (await t.dataSource.query(
        `SELECT link FROM mail_messages WHERE client_id = $1 AND kind = 'portal_sign_in' ORDER BY created_at`,
        [clientId],
      )) as { link: string }[];
    };

    it('always answers 202: for an invited client, an unknown address and a client never invited', async () => {
      const { client } = await invitedClient();
      const never = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const answers = await Promise.all([
        ask(String(client['email']).toUpperCase()),
        ask('niemand@example.nl'),
        ask(String(never['email'])),
      ]);
      expect(answers.map((a) => [a.statusCode, a.body])).toEqual(
        Array(3).fill([202, '{"status":"accepted"}']),
      );
      expect(await signInMails(client.id)).toHaveLength(1);
      expect(await signInMails(never.id)).toHaveLength(0);
    });

    it('answers before the address is looked up: the lookup and the mail are a queued job', async () => {
      const { client } = await invitedClient();
      const before = Number(
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = $1`,
            [SIGN_IN_LINK_JOB],
          )
        )[0].n,
      );
      await ask(String(client['email']));
      await ask('niemand@example.nl');
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = $1`,
        [SIGN_IN_LINK_JOB],
      );
      // One job per request, known address or not.
      expect(n - before).toBe(2);
      expect(await signInMails(client.id)).toHaveLength(1);
    });

    it('sends a single-use link valid 15 minutes; a known device skips the date of birth', async () => {
      const { client, first } = await invitedClient();
      await ask(String(client['email']));
      const [{ link }] = await signInMails(client.id);
      const token = tokenOf(link);
      const [row] = await t.dataSource.query(
        `SELECT extract(epoch FROM expires_at - created_at) AS seconds FROM portal_links WHERE kind = 'sign_in' AND client_id = $1`,
        [client.id],
      );
      expect(Number(row.seconds)).toBeCloseTo(900, -1);
      const state = await get(`/api/portal/links/${token}`, {
        cookie: first.device,
      });
      expect(state.json().status).toBe('ready');
      const opened = await openPortal(t.app, token, undefined, {
        device: first.device,
      });
      expect(opened.response.statusCode).toBe(200);
      const reused = await openPortal(t.app, token, undefined, {
        device: first.device,
      });
      expect(reused.response.statusCode).toBe(404);
    });

    it('asks the date of birth again on a new device, and the link expires after 15 minutes', async () => {
      const { client } = await invitedClient();
      await ask(String(client['email']));
      await ask(String(client['email']));
      const [a, b] = (await signInMails(client.id)).map((m) => tokenOf(m.link));
      const newDevice = await openPortal(t.app, a as string, undefined);
      expect(newDevice.response.statusCode).toBe(401);
      expect(newDevice.response.json().code).toBe('portal_verify_required');
      expect(
        (await openPortal(t.app, a as string, DOB)).response.statusCode,
      ).toBe(200);
      await t.dataSource.query(
        `UPDATE portal_links SET created_at = created_at - interval '16 minutes', expires_at = expires_at - interval '16 minutes' WHERE kind = 'sign_in' AND client_id = $1`,
        [client.id],
      );
      expect(
        (await openPortal(t.app, b as string, DOB)).response.statusCode,
      ).toBe(404);
    });

    it('sends nothing more after three requests for one address in an hour, still answering 202', async () => {
      const { client } = await invitedClient();
      for (let i = 0; i < 5; i++)
        expect(
          (await ask(String(client['email']), `127.9.0.${i + 1}`)).statusCode,
        ).toBe(202);
      expect(await signInMails(client.id)).toHaveLength(3);
    });
  });

  describe('a portal session is its own kind of session', () => {
    it('reaches the portal only; a practitioner session never reaches the portal', async () => {
      const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const browser = await portalBrowser(t.app, owner, client.id, DOB);
      expect(
        (await get('/api/portal/me', { cookie: browser.cookie })).statusCode,
      ).toBe(200);
      for (const url of [
        '/api/auth/me',
        '/api/clients',
        `/api/clients/${client.id}`,
        '/api/home',
      ])
        expect([
          url,
          (await get(url, { cookie: browser.cookie })).statusCode,
        ]).toEqual([url, 401]);
      for (const url of ['/api/portal/me', '/api/portal/lessons'])
        expect([
          url,
          (await get(url, { cookie: owner.cookie })).statusCode,
        ]).toEqual([url, 401]);
      // Both cookies at once: each side still sees only its own.
      const both = `${owner.cookie}; ${browser.cookie}`;
      expect(
        (await get('/api/portal/me', { cookie: both })).json().client.firstName,
      ).toBe('Jan');
      expect(
        (await get('/api/auth/me', { cookie: both })).json().practitioner,
      ).toBeDefined();
    });

    it('needs the portal CSRF token on a write, not the practitioner one', async () => {
      const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const browser = await portalBrowser(t.app, owner, client.id, DOB);
      const put = (headers: Record<string, string>) =>
        t.app.inject({
          method: 'PUT',
          url: '/api/portal/lessons/scans/read',
          headers,
        });
      expect((await put({ cookie: browser.cookie })).statusCode).toBe(403);
      expect(
        (await put({ cookie: browser.cookie, 'x-xsrf-token': browser.xsrf }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await put({
            cookie: `${browser.cookie}; ${owner.cookie}`,
            'x-portal-xsrf': owner.xsrf,
          })
        ).statusCode,
      ).toBe(403);
      expect((await put(browser.headers)).statusCode).toBe(200);
    });

    it('ends after 30 idle minutes, on sign-out, and when the record is archived', async () => {
      const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const idle = await portalBrowser(t.app, owner, client.id, DOB);
      await t.dataSource.query(
        `UPDATE portal_sessions SET last_seen_at = now() - interval '31 minutes' WHERE client_id = $1`,
        [client.id],
      );
      const expired = await get('/api/portal/me', { cookie: idle.cookie });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('session_expired');

      const out = await portalBrowser(t.app, owner, client.id, DOB);
      const signOut = await t.app.inject({
        method: 'DELETE',
        url: '/api/portal/session',
        headers: out.headers,
      });
      expect(signOut.statusCode).toBe(204);
      expect(
        (await get('/api/portal/me', { cookie: out.cookie })).statusCode,
      ).toBe(401);

      const archived = await portalBrowser(t.app, owner, client.id, DOB);
      const archive = await t.app.inject({
        method: 'POST',
        url: `/api/clients/${client.id}/archive`,
        headers: owner.headers,
      });
      expect(archive.statusCode).toBeLessThan(300);
      expect(
        (await get('/api/portal/me', { cookie: archived.cookie })).statusCode,
      ).toBe(401);
    });
  });

  describe('own data only, logged as done by the client', () => {
    it("shows client X their own page and never client Y's, nor Y's reports", async () => {
      const x = await buildClient(t.app, owner, {
        dateOfBirth: DOB,
        firstName: 'Xandra',
      });
      const y = await buildClient(t.app, colleague, {
        dateOfBirth: DOB,
        firstName: 'Yvonne',
      });
      await t.app.inject({
        method: 'POST',
        url: `/api/clients/${y.id}/assessments`,
        headers: colleague.headers,
        payload: {
          variant: 'baseline',
          answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2),
        },
      });
      const report = await t.app.inject({
        method: 'POST',
        url: `/api/clients/${y.id}/reports/progress.pdf`,
        headers: colleague.headers,
      });
      const reportId = String(report.headers['x-report-id']);
      const bx = await portalBrowser(t.app, owner, x.id, DOB);
      const by = await portalBrowser(t.app, colleague, y.id, DOB);
      const meX = await get('/api/portal/me', { cookie: bx.cookie });
      expect(meX.body).toContain('Xandra');
      expect(meX.body).not.toContain('Yvonne');
      expect(meX.body).not.toContain(y.id);
      expect(meX.json().domains).toEqual([]);
      const meY = await get('/api/portal/me', { cookie: by.cookie });
      expect(meY.json().domains).toHaveLength(6);
      expect(meY.json().reports.map((r: { id: string }) => r.id)).toEqual([
        reportId,
      ]);
      expect(
        (
          await get(`/api/portal/reports/${reportId}/download`, {
            cookie: bx.cookie,
          })
        ).statusCode,
      ).toBe(404);
      const own = await get(`/api/portal/reports/${reportId}/download`, {
        cookie: by.cookie,
      });
      expect(own.statusCode).toBe(200);
      expect(own.headers['content-type']).toBe('application/pdf');
    });

    it('logs sign-in, reads and marking a lesson read with the client as actor, and the chain still holds', async () => {
      const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const token = await invitePortal(t.app, owner, client.id);
      await openPortal(t.app, token, '1999-09-09');
      const { browser } = await openPortal(t.app, token, DOB);
      const cookie = browser?.cookie ?? '';
      await get('/api/portal/me', { cookie });
      await get('/api/portal/lessons', { cookie });
      await get('/api/portal/lessons/pain-alarm', { cookie });
      await t.app.inject({
        method: 'PUT',
        url: '/api/portal/lessons/pain-alarm/read',
        headers: browser?.headers ?? {},
      });
      const lines = await t.dataSource.query(
        `SELECT event, action, outcome, user_id, role, details->>'actor' AS actor
           FROM audit_events WHERE client_id = $1 ORDER BY occurred_at`,
        [client.id],
      );
      expect(lines.slice(-6)).toEqual([
        {
          event: 'portal.verify_failed',
          action: 'E',
          outcome: 'denied',
          user_id: null,
          role: null,
          actor: 'client',
        },
        {
          event: 'portal.sign_in',
          action: 'E',
          outcome: 'success',
          user_id: null,
          role: null,
          actor: 'client',
        },
        {
          event: 'portal.home_read',
          action: 'R',
          outcome: 'success',
          user_id: null,
          role: null,
          actor: 'client',
        },
        {
          event: 'portal.lessons_read',
          action: 'R',
          outcome: 'success',
          user_id: null,
          role: null,
          actor: 'client',
        },
        {
          event: 'portal.lessons_read',
          action: 'R',
          outcome: 'success',
          user_id: null,
          role: null,
          actor: 'client',
        },
        {
          event: 'portal.lesson_mark_read',
          action: 'U',
          outcome: 'success',
          user_id: null,
          role: null,
          actor: 'client',
        },
      ]);
      expect(lines[0].event).toBe('client.create');
      expect(
        lines.some((l: { event: string }) => l.event === 'portal.invite'),
      ).toBe(true);
      await expect(verifyAuditChain(t.dataSource)).resolves.toMatchObject({
        broken: null,
      });
    });
  });

  describe('lessons', () => {
    it('lists the six lessons unread, reads one, keeps it read, and refuses an id that is no lesson (400)', async () => {
      const client = await buildClient(t.app, owner, { dateOfBirth: DOB });
      const browser = await portalBrowser(t.app, owner, client.id, DOB);
      const list = await get('/api/portal/lessons', { cookie: browser.cookie });
      expect(
        list
          .json()
          .map((l: { id: string; read: boolean; minutes: number }) => [
            l.id,
            l.read,
            l.minutes >= 3,
          ]),
      ).toEqual([
        ['pain-alarm', false, true],
        ['action-and-rest', false, true],
        ['stress-wider', false, true],
        ['real-pain-safe-body', false, true],
        ['scans', false, true],
        ['six-domains', false, true],
      ]);
      const lesson = await get('/api/portal/lessons/scans', {
        cookie: browser.cookie,
      });
      expect(lesson.json().title.nl).toBe('Een scan vertelt niet alles');
      expect(lesson.json().reflection.nl).toMatch(
        /^Wat herken je hiervan bij jezelf\?/,
      );
      for (let i = 0; i < 2; i++) {
        const marked = await t.app.inject({
          method: 'PUT',
          url: '/api/portal/lessons/scans/read',
          headers: browser.headers,
        });
        expect(marked.json().read).toBe(true);
      }
      const after = await get('/api/portal/lessons', {
        cookie: browser.cookie,
      });
      expect(
        after
          .json()
          .filter((l: { read: boolean }) => l.read)
          .map((l: { id: string }) => l.id),
      ).toEqual(['scans']);
      expect(
        (await get('/api/portal/me', { cookie: browser.cookie })).json()
          .lessons,
      ).toEqual({ total: 6, read: 1 });
      expect(
        (await get('/api/portal/lessons/onbekend', { cookie: browser.cookie }))
          .statusCode,
      ).toBe(400);
    });
  });
});
