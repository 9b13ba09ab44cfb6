import { Practitioner } from '../../src/practices/practitioner.entity';
import { codeAt, enrol, freshStep } from '../support/mfa';
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

/**
 * Whoever holds someone's password can bind their own authenticator to the
 * account: the practice's other owners are told of every change of two-step
 * sign-in, through a real SMTP server.
 */
describe('two-step sign-in changes told to the other owners', () => {
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

  const mailsTo = (address: string) =>
    smtp.received.filter((m) => JSON.stringify(m.to).includes(address));

  it('mails every other active owner when a colleague sets up or turns off two-step sign-in, and no one else', async () => {
    const { owner, practitioners } = await buildPractice(t.dataSource, {
      practitioners: 3,
    });
    const [colleague, secondOwner, plain] = practitioners as [
      Practitioner,
      Practitioner,
      Practitioner,
    ];
    await t.dataSource
      .getRepository(Practitioner)
      .update({ id: secondOwner.id }, { role: 'owner', language: 'en' });
    const session = await signIn(t.app, colleague.email);
    const { secret } = await enrol(t.app, session);

    await eventually(
      async () => [...mailsTo(owner.email), ...mailsTo(secondOwner.email)],
      (m) => m.length === 2,
    );
    const dutch = mailsTo(owner.email)[0];
    expect(dutch?.subject).toMatch(/^Tweestapsverificatie ingesteld bij /);
    expect(dutch?.text).toContain(colleague.displayName);
    expect(linkIn(dutch as never)).toBe('http://localhost:3000/team');
    expect(mailsTo(secondOwner.email)[0]?.subject).toMatch(
      /^Two-step sign-in set up at /,
    );
    expect(mailsTo(colleague.email)).toHaveLength(0);
    expect(mailsTo(plain.email)).toHaveLength(0);

    await freshStep();
    const off = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/disable',
      headers: session.headers,
      payload: { code: codeAt(secret, 1) },
    });
    expect(off.statusCode).toBe(204);
    await eventually(
      async () => mailsTo(owner.email),
      (m) => m.length === 2,
    );
    expect(mailsTo(owner.email)[1]?.subject).toMatch(
      /^Tweestapsverificatie uitgezet bij /,
    );
    console.log(
      `security notices: enrolment and turning off by a colleague → ${mailsTo(owner.email).length + mailsTo(secondOwner.email).length} mails to the 2 owners, 0 to others`,
    );
  });

  it('sends nothing when the only owner enrols', async () => {
    const { owner } = await buildPractice(t.dataSource);
    await enrol(t.app, await signIn(t.app, owner.email));
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_messages WHERE practice_id = $1`,
      [owner.practiceId],
    );
    expect(n).toBe(0);
    // By address: the previous test's last notice may still be arriving.
    expect(mailsTo(owner.email)).toHaveLength(0);
  });
});
