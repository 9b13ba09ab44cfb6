import { MailMessage } from '../../src/mail/mail-message.entity';
import { Outbox } from '../../src/mail/outbox';
import {
  eventually,
  linkIn,
  type SmtpCatcher,
  startSmtpCatcher,
} from '../support/smtp-catcher';
import {
  buildPractice,
  createTestApp,
  type TestApp,
  testConfig,
} from '../support/test-app';

describe('mail through the job queue and a real SMTP server', () => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let practiceId: string;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await createTestApp({
      mail: { ...testConfig().mail, smtpUrl: smtp.url },
    });
    practiceId = (await buildPractice(t.dataSource)).owner.practiceId;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const send = async (recipient: string, link: string) => {
    const outbox = t.app.get(Outbox);
    const row = await t.dataSource.transaction((manager) =>
      outbox.add(manager, {
        kind: 'team_invitation',
        practiceId,
        recipient,
        replyTo: 'sanne@praktijk.example',
        language: 'nl',
        link,
        params: {
          recipientName: 'Thomas',
          practiceName: 'Praktijk Veerkracht',
          practitionerName: 'Sanne de Vries',
          practitionerEmail: 'sanne@praktijk.example',
          validUntil: new Date('2026-12-24T12:00:00Z'),
        },
      }),
    );
    outbox.wake();
    return row.id;
  };
  const status = (id: string) =>
    t.dataSource.getRepository(MailMessage).findOneByOrFail({ id });

  it('delivers: recipient, subject, link, Reply-To, text and HTML, the practice at the bottom', async () => {
    const before = smtp.received.length;
    const id = await send(
      'thomas@praktijk.example',
      'http://localhost:3000/wachtwoord-instellen/abc',
    );
    const mail = await smtp.waitForMailTo('thomas@praktijk.example', before);
    expect(mail?.to).toMatchObject({
      value: [{ address: 'thomas@praktijk.example' }],
    });
    expect(mail?.subject).toBe(
      'Je bent uitgenodigd voor Praktijk Veerkracht in Herstelkompas',
    );
    expect(linkIn(mail as never)).toBe(
      'http://localhost:3000/wachtwoord-instellen/abc',
    );
    expect(mail?.html).toContain(
      'href="http://localhost:3000/wachtwoord-instellen/abc"',
    );
    expect(mail?.replyTo?.value[0]?.address).toBe('sanne@praktijk.example');
    expect(mail?.text).toMatch(/Praktijk Veerkracht\nSanne de Vries/);
    const row = await eventually(
      () => status(id),
      (r) => r.status === 'sent',
    );
    // The link is not kept once it has gone out.
    expect(row.link).toBeNull();
    expect(row.sentAt).not.toBeNull();
  });

  it('retries a temporary failure with backoff and then delivers', async () => {
    smtp.behaviour.set('later@praktijk.example', 'fail');
    const id = await send(
      'later@praktijk.example',
      'http://localhost:3000/x/1',
    );
    const retrying = await eventually(
      () => status(id),
      (r) => r.status === 'retrying',
    );
    expect(retrying.lastError).toMatch(/451/);
    smtp.behaviour.delete('later@praktijk.example');
    const sent = await eventually(
      () => status(id),
      (r) => r.status === 'sent',
    );
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(
      smtp.received.filter(
        (m) => m.to && JSON.stringify(m.to).includes('later@praktijk.example'),
      ),
    ).toHaveLength(1);
  });

  it('sends mails due together side by side, each failing and retrying on its own', async () => {
    smtp.behaviour.set('samen-stuk@praktijk.example', 'fail');
    const ok = ['samen-1@praktijk.example', 'samen-2@praktijk.example'];
    const outbox = t.app.get(Outbox);
    // Written in one transaction, so one fetch can take them together.
    const ids = await t.dataSource.transaction(async (manager) => {
      const rows = [];
      for (const [i, recipient] of [
        ok[0],
        'samen-stuk@praktijk.example',
        ok[1],
      ].entries())
        rows.push(
          await outbox.add(manager, {
            kind: 'team_invitation',
            practiceId,
            recipient: recipient as string,
            replyTo: null,
            language: 'nl',
            link: `http://localhost:3000/x/samen-${i}`,
            params: {
              recipientName: 'Thomas',
              practiceName: 'Praktijk Veerkracht',
              practitionerName: 'Sanne de Vries',
              practitionerEmail: 'sanne@praktijk.example',
              validUntil: new Date('2026-12-24T12:00:00Z'),
            },
          }),
        );
      return rows.map((r) => r.id);
    });
    outbox.wake();
    const [first, broken, second] = ids as [string, string, string];
    for (const id of [first, second])
      expect(
        (
          await eventually(
            () => status(id),
            (r) => r.status === 'sent',
          )
        ).attempts,
      ).toBe(1);
    const retrying = await eventually(
      () => status(broken),
      (r) => r.status === 'retrying',
    );
    expect(retrying.lastError).toMatch(/451/);
    smtp.behaviour.delete('samen-stuk@praktijk.example');
    await eventually(
      () => status(broken),
      (r) => r.status === 'sent',
    );
    // Each exactly once: the failure of one did not send the others again.
    for (const address of [...ok, 'samen-stuk@praktijk.example'])
      expect(
        smtp.received.filter(
          (m) => m.to && JSON.stringify(m.to).includes(address),
        ),
      ).toHaveLength(1);
  });

  it('gives up after the last retry, keeping the reason', async () => {
    smtp.behaviour.set('never@praktijk.example', 'fail');
    const id = await send(
      'never@praktijk.example',
      'http://localhost:3000/x/2',
    );
    const failed = await eventually(
      () => status(id),
      (r) => r.status === 'failed',
    );
    // The first attempt and retryLimit (2) retries.
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/451/);
    expect(failed.link).toBeNull();
  });

  it('does not retry a refused recipient', async () => {
    smtp.behaviour.set('nobody@praktijk.example', 'refuse');
    const id = await send(
      'nobody@praktijk.example',
      'http://localhost:3000/x/3',
    );
    const refused = await eventually(
      () => status(id),
      (r) => r.status === 'refused',
    );
    expect(refused.attempts).toBe(1);
    expect(refused.lastError).toMatch(/550/);
  });
});

describe('mail without SMTP_URL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps the mail in the outbox, unsent, with its link readable', async () => {
    const { owner } = await buildPractice(t.dataSource);
    const outbox = t.app.get(Outbox);
    const row = await t.dataSource.transaction((manager) =>
      outbox.add(manager, {
        kind: 'team_invitation',
        practiceId: owner.practiceId,
        recipient: 'x@praktijk.example',
        replyTo: null,
        language: 'en',
        link: 'http://localhost:3000/wachtwoord-instellen/def',
        params: {
          recipientName: 'X',
          practiceName: 'P',
          practitionerName: 'S',
          practitionerEmail: 's@p.example',
        },
      }),
    );
    outbox.wake();
    const kept = await eventually(
      () =>
        t.dataSource.getRepository(MailMessage).findOneByOrFail({ id: row.id }),
      (r) => r.status === 'unsent',
    );
    expect(kept.link).toBe('http://localhost:3000/wachtwoord-instellen/def');
    expect(kept.subject).toBe('You are invited to P in Herstelkompas');
  });
});
