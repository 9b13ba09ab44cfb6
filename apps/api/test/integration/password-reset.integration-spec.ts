import { JOB_SCHEMA } from '../../src/jobs/job-queue';
import { enrol, passwordStep } from '../support/mfa';
import {
  eventually,
  linkIn,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../support/smtp-catcher';
import {
  buildPractice,
  createTestApp,
  signIn,
  type TestApp,
  testConfig,
} from '../support/test-app';

const NEW_PASSWORD = 'een heel nieuw wachtwoord 2026';

describe('password recovery', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({
      mail: { ...testConfig().mail, smtpUrl: smtp.url },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const ask = (email: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email },
    });
  const confirm = (token: string, newPassword = NEW_PASSWORD) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, newPassword },
    });
  const mailsTo = (address: string) =>
    smtp.received.filter((m) => JSON.stringify(m.to).includes(address));
  const tokenIn = (address: string, index = 0) => {
    const mail = mailsTo(address)[index];
    const link = linkIn(mail as never);
    expect(link).toMatch(/^http:\/\/localhost:3000\/wachtwoord-herstellen\//);
    return link.split('/wachtwoord-herstellen/')[1] as string;
  };
  /** Waits until every reset request job has been handled. */
  const requestsHandled = () =>
    eventually(
      () =>
        t.dataSource.query(
          `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job
            WHERE name = 'password-reset.request' AND state < 'completed'`,
        ),
      (rows: { n: number }[]) => rows[0]?.n === 0,
    );

  it('mails a single-use link; the new password works and every session ends', async () => {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const person = practitioners[0] as { email: string };
    const before = await signIn(t.app, person.email);
    const asked = await ask(person.email.toUpperCase());
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ status: 'accepted' });
    await eventually(
      async () => mailsTo(person.email),
      (m) => m.length === 1,
    );
    const mail = mailsTo(person.email)[0];
    expect(mail?.subject).toBe('Nieuw wachtwoord voor Herstelkompas');
    expect(mail?.text).toMatch(/werkt één keer/);
    const token = tokenIn(person.email);

    expect((await confirm(token)).statusCode).toBe(204);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: before.cookie },
    });
    expect(me.statusCode).toBe(401);
    await signIn(t.app, person.email, NEW_PASSWORD);
    const again = await confirm(token, 'nog een ander wachtwoord');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'reset_invalid' });
  });

  it('answers an unknown address the same, and sends nothing', async () => {
    const unknown = await ask('niemand-hier@example.nl');
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual({ status: 'accepted' });
    await requestsHandled();
    expect(mailsTo('niemand-hier@example.nl')).toEqual([]);
    const rows = await t.dataSource.query(
      `SELECT 1 FROM mail_messages WHERE recipient = $1`,
      ['niemand-hier@example.nl'],
    );
    expect(rows).toEqual([]);
  });

  it('counts requests per address: over the limit still 202, nothing more sent', async () => {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const email = (practitioners[0] as { email: string }).email;
    for (let i = 0; i < 5; i++) {
      const response = await ask(email);
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ status: 'accepted' });
    }
    await requestsHandled();
    await eventually(
      async () => mailsTo(email),
      (m) => m.length === 3,
    );
    expect(mailsTo(email)).toHaveLength(3);
  });

  it('refuses an expired link and applies the password rules', async () => {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const email = (practitioners[0] as { email: string }).email;
    await ask(email);
    await eventually(
      async () => mailsTo(email),
      (m) => m.length === 1,
    );
    const token = tokenIn(email);
    const short = await confirm(token, 'kort');
    expect(short.statusCode).toBe(400);
    expect(short.json().details[0]).toMatchObject({ field: 'newPassword' });
    await t.dataSource.query(
      `UPDATE password_resets SET expires_at = now() - interval '1 second'
        WHERE practitioner_id = (SELECT id FROM practitioners WHERE email = $1)`,
      [email],
    );
    expect((await confirm(token)).json()).toMatchObject({
      code: 'reset_invalid',
    });
  });

  it('keeps two-step sign-in required after a reset', async () => {
    const { practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const email = (practitioners[0] as { email: string }).email;
    await enrol(t.app, await signIn(t.app, email));
    await ask(email);
    await eventually(
      async () => mailsTo(email),
      (m) => m.length === 1,
    );
    expect((await confirm(tokenIn(email))).statusCode).toBe(204);
    // Throws unless the answer asks for the second step.
    await passwordStep(t.app, email, NEW_PASSWORD);
  });

  it('lets the owner send a colleague a reset link from the Team page', async () => {
    const { owner, practitioners } = await buildPractice(t.dataSource, {
      practitioners: 1,
    });
    const colleague = practitioners[0] as { id: string; email: string };
    const ownerSession = await signIn(t.app, owner.email);
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/practitioners/${colleague.id}/password-reset`,
      headers: ownerSession.headers,
    });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({
      kind: 'password_reset',
      status: 'queued',
      recipient: colleague.email,
    });
    await eventually(
      async () => mailsTo(colleague.email),
      (m) => m.length === 1,
    );
    expect((await confirm(tokenIn(colleague.email))).statusCode).toBe(204);
    const colleagueSession = await signIn(t.app, colleague.email, NEW_PASSWORD);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/practitioners/${owner.id}/password-reset`,
      headers: colleagueSession.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('invites a colleague by e-mail: the set-password link arrives, in their language', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const ownerSession = await signIn(t.app, owner.email);
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/practitioners',
      headers: ownerSession.headers,
      payload: {
        email: 'nieuwe.collega@praktijk.example',
        displayName: 'Nieuwe Collega',
        role: 'practitioner',
        language: 'en',
        send: 'email',
      },
    });
    expect(invited.statusCode).toBe(201);
    const body = invited.json();
    expect(body.delivery).toMatchObject({
      kind: 'team_invitation',
      status: 'queued',
    });
    const [mail] = await eventually(
      async () => mailsTo('nieuwe.collega@praktijk.example'),
      (m) => m.length === 1,
    );
    expect(mail?.subject).toMatch(/^You are invited to Praktijk /);
    expect(mail?.replyTo?.value[0]?.address).toBe(owner.email);
    expect(linkIn(mail as never)).toBe(body.setPasswordUrl);
    const token = body.setPasswordUrl.split('/wachtwoord-instellen/')[1];
    const set = await t.app.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(set.statusCode).toBe(204);
  });
});
