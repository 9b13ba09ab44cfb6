import { HERSTELKOMPAS_INTAKE_V2 } from '@herstelkompas/domain';
import { JOB_SCHEMA } from '../../src/jobs/job-queue';
import { MailMessage } from '../../src/mail/mail-message.entity';
import { completeAnswers } from '../support/answers';
import {
  eventually,
  linkIn,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../support/smtp-catcher';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
  testConfig,
} from '../support/test-app';

describe('intake invitations by e-mail', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let owner: Session;
  let practiceId: string;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({
      mail: { ...testConfig().mail, smtpUrl: smtp.url },
    });
    const practice = await buildPractice(t.dataSource);
    practiceId = practice.owner.practiceId;
    owner = await signIn(t.app, practice.owner.email);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const invite = (clientId: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/intake-invitations`,
      headers: owner.headers,
      payload,
    });
  const listFor = async (clientId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/clients/${clientId}/intake-invitations`,
        headers: owner.headers,
      })
    ).json() as {
      id: string;
      delivery: Record<string, unknown> | null;
      reminder: Record<string, unknown> | null;
    }[];
  const mailsTo = (address: string) =>
    smtp.received.filter((m) => JSON.stringify(m.to).includes(address));
  const mailRows = (invitationId: string) =>
    t.dataSource.getRepository(MailMessage).find({
      where: { intakeInvitationId: invitationId },
      order: { createdAt: 'ASC' },
    });
  /** Brings a scheduled mail's time to now, as if the days had passed. */
  const due = (mailId: string) =>
    t.dataSource.query(
      `UPDATE ${JOB_SCHEMA}.job SET start_after = now() WHERE id = $1`,
      [mailId],
    );

  it('sends the link to the client, in the client language, and shows it sent', async () => {
    const client = await buildClient(t.app, owner, {
      firstName: 'Anna',
      email: 'anna@client.example',
    });
    const response = await invite(client.id, {
      variant: 'baseline',
      send: 'email',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.delivery).toMatchObject({
      status: 'queued',
      recipient: 'anna@client.example',
    });
    await smtp.waitFor(1);
    const [mail] = mailsTo('anna@client.example');
    expect(mail?.subject).toMatch(/^Je vragenlijst voor Praktijk /);
    expect(mail?.text).toMatch(/^Hallo Anna,/);
    expect(linkIn(mail as never)).toBe(created.url);
    // Reply-To is the practitioner who sent it.
    expect(mail?.replyTo?.value[0]?.address).toMatch(/^owner-.*@example\.nl$/);
    // The link in the mail opens the intake.
    const token = created.url.split('/intake/')[1];
    const gate = await t.app.inject({
      method: 'GET',
      url: `/api/intake/${token}`,
    });
    // Not 404 (an unknown link): it asks for the date of birth.
    expect(gate.json()).toMatchObject({ code: 'intake_verify_required' });
    const [listed] = await eventually(
      () => listFor(client.id),
      (rows) => rows[0]?.delivery?.['status'] === 'sent',
    );
    expect(listed?.delivery?.['sentAt']).toEqual(expect.any(String));
  });

  it('writes English to a client who prefers English', async () => {
    const client = await buildClient(t.app, owner, {
      firstName: 'Ben',
      email: 'ben@client.example',
      preferredLanguage: 'en',
    });
    expect(
      (await invite(client.id, { variant: 'follow_up', send: 'email' }))
        .statusCode,
    ).toBe(201);
    await eventually(
      async () => mailsTo('ben@client.example'),
      (m) => m.length === 1,
    );
    expect(mailsTo('ben@client.example')[0]?.subject).toMatch(
      /^Your questionnaire for Praktijk /,
    );
  });

  it('keeps copy-link behaviour when send is absent or "link": no mail', async () => {
    const client = await buildClient(t.app, owner);
    const a = (await invite(client.id, { variant: 'baseline' })).json();
    const b = (
      await invite(client.id, { variant: 'baseline', send: 'link' })
    ).json();
    expect(a.delivery).toBeNull();
    expect(b.delivery).toBeNull();
    expect(await mailRows(a.id)).toEqual([]);
    expect(await mailRows(b.id)).toEqual([]);
  });

  it('shows a refused recipient on the client page', async () => {
    smtp.behaviour.set('weg@client.example', 'refuse');
    const client = await buildClient(t.app, owner, {
      email: 'weg@client.example',
    });
    await invite(client.id, { variant: 'baseline', send: 'email' });
    const [row] = await eventually(
      () => listFor(client.id),
      (rows) => rows[0]?.delivery?.['status'] === 'refused',
    );
    expect(row?.delivery?.['error']).toMatch(/550/);
    // And on Vandaag, until it is dealt with.
    const home = (
      await t.app.inject({
        method: 'GET',
        url: '/api/home',
        headers: owner.headers,
      })
    ).json();
    expect(home.undeliveredMail).toContainEqual(
      expect.objectContaining({
        clientId: client.id,
        status: 'refused',
        recipient: 'weg@client.example',
      }),
    );
  });

  it('puts a mail failed after the last retry on Vandaag, and mails the link again on "Opnieuw versturen"', async () => {
    smtp.behaviour.set('stuk@client.example', 'fail');
    const client = await buildClient(t.app, owner, {
      email: 'stuk@client.example',
    });
    const first = (
      await invite(client.id, { variant: 'follow_up', send: 'email' })
    ).json();
    await eventually(
      () => listFor(client.id),
      (rows) => rows[0]?.delivery?.['status'] === 'failed',
    );
    const home = (
      await t.app.inject({
        method: 'GET',
        url: '/api/home',
        headers: owner.headers,
      })
    ).json();
    expect(home.undeliveredMail).toContainEqual(
      expect.objectContaining({
        clientId: client.id,
        status: 'failed',
        recipient: 'stuk@client.example',
      }),
    );
    // What the web app's "Opnieuw versturen" does for a mailed link.
    smtp.behaviour.delete('stuk@client.example');
    await t.app.inject({
      method: 'POST',
      url: `/api/intake-invitations/${first.id}/revoke`,
      headers: owner.headers,
    });
    const again = (
      await invite(client.id, { variant: 'follow_up', send: 'email' })
    ).json();
    await eventually(
      async () => mailsTo('stuk@client.example'),
      (mails) => mails.length === 1,
    );
    expect(linkIn(mailsTo('stuk@client.example')[0] as never)).toBe(again.url);
  });

  it('shows a temporary failure with the time of the next attempt', async () => {
    smtp.behaviour.set('later@client.example', 'fail');
    const client = await buildClient(t.app, owner, {
      email: 'later@client.example',
    });
    await invite(client.id, { variant: 'baseline', send: 'email' });
    const [row] = await eventually(
      () => listFor(client.id),
      (rows) =>
        rows[0]?.delivery?.['status'] === 'retrying' &&
        rows[0]?.delivery?.['nextAttemptAt'] !== null,
    );
    expect(row?.delivery?.['error']).toMatch(/451/);
    smtp.behaviour.delete('later@client.example');
    await eventually(
      () => listFor(client.id),
      (rows) => rows[0]?.delivery?.['status'] === 'sent',
    );
  });

  it('reminds after the practice setting (3 days) while the intake is open', async () => {
    const client = await buildClient(t.app, owner, {
      firstName: 'Carla',
      email: 'carla@client.example',
    });
    const created = (
      await invite(client.id, { variant: 'baseline', send: 'email' })
    ).json();
    const rows = await mailRows(created.id);
    const first = rows.find((m) => m.kind === 'intake_invitation');
    const reminder = rows.find((m) => m.kind === 'intake_reminder');
    expect(first?.kind).toBe('intake_invitation');
    expect(reminder).toMatchObject({
      kind: 'intake_reminder',
      status: 'scheduled',
    });
    const days =
      ((reminder?.sendAfter as Date).getTime() -
        (first?.createdAt as Date).getTime()) /
      86_400_000;
    expect(Math.round(days)).toBe(3);
    await eventually(
      async () => mailsTo('carla@client.example'),
      (m) => m.length === 1,
    );
    await due(reminder?.id as string);
    const mails = await eventually(
      async () => mailsTo('carla@client.example'),
      (m) => m.length === 2,
    );
    expect(mails[1]?.subject).toMatch(/^Herinnering: je vragenlijst voor /);
    expect(linkIn(mails[1] as never)).toBe(created.url);
    // The client page says the reminder went, and when.
    const [listed] = await eventually(
      () => listFor(client.id),
      (rows) => rows[0]?.reminder?.['status'] === 'sent',
    );
    expect(listed?.reminder?.['sentAt']).toEqual(expect.any(String));
  });

  it('sends no reminder after a revoke, a submit or the expiry', async () => {
    const client = await buildClient(t.app, owner, {
      email: 'dirk@client.example',
      dateOfBirth: '1978-04-23',
    });
    const revoked = (
      await invite(client.id, { variant: 'baseline', send: 'email' })
    ).json();
    const submitted = (
      await invite(client.id, { variant: 'baseline', send: 'email' })
    ).json();
    const expired = (
      await invite(client.id, { variant: 'baseline', send: 'email' })
    ).json();
    await eventually(
      async () => mailsTo('dirk@client.example'),
      (m) => m.length === 3,
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/intake-invitations/${revoked.id}/revoke`,
      headers: owner.headers,
    });
    const token = submitted.url.split('/intake/')[1];
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/intake/${token}/verify`,
      payload: { dateOfBirth: '1978-04-23' },
    });
    const cookie = (verified.cookies as { name: string; value: string }[])
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    await t.app.inject({
      method: 'POST',
      url: `/api/intake/${token}/consent`,
      headers: { cookie },
      payload: { privacyStatementVersion: '2026-11' },
    });
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/intake/${token}/submit`,
      headers: { cookie },
      payload: { answers: completeAnswers(HERSTELKOMPAS_INTAKE_V2) },
    });
    expect(submit.statusCode).toBe(201);
    await t.dataSource.query(
      `UPDATE intake_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.id],
    );
    const reminders = [];
    for (const id of [revoked.id, submitted.id, expired.id]) {
      const reminder = (await mailRows(id)).find(
        (m) => m.kind === 'intake_reminder',
      ) as MailMessage;
      reminders.push(reminder);
      await due(reminder.id);
    }
    for (const reminder of reminders)
      await eventually(
        () =>
          t.dataSource
            .getRepository(MailMessage)
            .findOneByOrFail({ id: reminder.id }),
        (r) => r.status === 'cancelled' && r.link === null,
      );
    expect(mailsTo('dirk@client.example')).toHaveLength(3);
  });

  it('sends no reminder when the practice turned it off', async () => {
    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/practice/mail-settings',
      headers: owner.headers,
      payload: { intakeReminderDays: null },
    });
    expect(off.json()).toMatchObject({ intakeReminderDays: null });
    const client = await buildClient(t.app, owner, {
      email: 'eva@client.example',
    });
    const created = (
      await invite(client.id, { variant: 'baseline', send: 'email' })
    ).json();
    expect((await mailRows(created.id)).map((m) => m.kind)).toEqual([
      'intake_invitation',
    ]);
    await t.app.inject({
      method: 'PATCH',
      url: '/api/practice/mail-settings',
      headers: owner.headers,
      payload: { intakeReminderDays: 3 },
    });
    expect(practiceId).toBeTruthy();
  });
});
