import { verifyAuditChain } from '../../src/audit/verify-chain';
import { portalBrowser, type PortalBrowser } from '../support/portal';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

const DOB = '1978-04-23';

describe('client portal: messages', () => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;
  let client: { id: string; email?: unknown };
  let portal: PortalBrowser;
  let practiceId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    practiceId = practice.owner.practiceId;
    owner = await signIn(t.app, practice.owner.email);
    colleague = await signIn(
      t.app,
      (practice.practitioners[0] as { email: string }).email,
    );
    client = await buildClient(t.app, owner, {
      dateOfBirth: DOB,
      preferredLanguage: 'en',
    });
    portal = await portalBrowser(t.app, owner, client.id, DOB);
  });
  afterAll(() => t.close());

  const portalSend = (text: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/portal/messages',
      headers: portal.headers,
      payload: { text },
    });
  const portalList = () =>
    t.app.inject({
      method: 'GET',
      url: '/api/portal/messages',
      headers: { cookie: portal.cookie },
    });
  const practitionerSend = (who: Session, text: unknown) =>
    t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/messages`,
      headers: who.headers,
      payload: { text },
    });
  const practitionerList = (who: Session) =>
    t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/messages`,
      headers: who.headers,
    });
  const mails = (kind: string) =>
    t.dataSource.query(
      // This practice only: other specs in the same run leave mail behind.
      `SELECT recipient, subject, text_body FROM mail_messages WHERE kind = $1 AND practice_id = $2 ORDER BY created_at`,
      [kind, practiceId],
    );

  it('the client writes, the practitioner reads it (marking it read), answers; the client gets a notice without the content', async () => {
    const sent = await portalSend('  Mag ik de oefening ook staand doen?  ');
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      author: 'client',
      authorName: 'Jan',
      text: 'Mag ik de oefening ook staand doen?',
      readAt: null,
    });
    // The responsible practitioner hears there is a message, not what it says.
    const toPractitioner = await mails('practitioner_message_notice');
    expect(toPractitioner).toHaveLength(1);
    expect(JSON.stringify(toPractitioner)).not.toMatch(/oefening|Jan/);

    const unread = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/clients/${client.id}`,
          headers: owner.headers,
        })
      ).json().unreadMessages;
    expect(await unread()).toBe(1);
    const inList = await t.app.inject({
      method: 'GET',
      url: '/api/clients?pageSize=50',
      headers: owner.headers,
    });
    expect(
      inList.json().items.find((c: { id: string }) => c.id === client.id)
        .unreadMessages,
    ).toBe(1);

    const listed = await practitionerList(owner);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().enabled).toBe(true);
    expect(listed.json().messages).toHaveLength(1);
    // This client only: other specs in the same run write messages too.
    const [row] = await t.dataSource.query(
      `SELECT read_at FROM portal_messages WHERE author = 'client' AND client_id = $1`,
      [client.id],
    );
    expect(row.read_at).not.toBeNull();
    expect(await unread()).toBe(0);

    const answer = await practitionerSend(owner, 'Ja, dat mag.');
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ author: 'practitioner' });
    const toClient = await mails('portal_message_notice');
    expect(toClient).toHaveLength(1);
    expect(toClient[0].recipient).toBe(client.email);
    expect(JSON.stringify(toClient)).not.toMatch(/dat mag/);

    const thread = (await portalList()).json();
    expect(thread.messages.map((m: { author: string }) => m.author)).toEqual([
      'client',
      'practitioner',
    ]);
    expect(thread.messages[0].readAt).not.toBeNull();
    // Listing marked the practitioner's message read for the client.
    const again = (await practitionerList(owner)).json();
    expect(again.messages[1].readAt).not.toBeNull();
  });

  it('refuses an empty message and one over 4,000 characters, in the client’s language on the portal', async () => {
    const long = await portalSend('x'.repeat(4001));
    expect(long.statusCode).toBe(400);
    expect(long.json().details).toEqual([
      expect.objectContaining({
        field: 'text',
        message: 'Use at most 4000 characters.',
      }),
    ]);
    expect((await portalSend('   ')).statusCode).toBe(400);
    const dutch = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/messages`,
      headers: { ...owner.headers, 'accept-language': 'nl' },
      payload: { text: 'x'.repeat(4001) },
    });
    expect(dutch.statusCode).toBe(400);
    expect(dutch.json().details[0].message).toBe(
      'Gebruik hoogstens 4000 tekens.',
    );
    expect((await practitionerSend(owner, '')).statusCode).toBe(400);
  });

  it('a colleague without the client does not find the thread', async () => {
    expect((await practitionerList(colleague)).statusCode).toBe(404);
    expect((await practitionerSend(colleague, 'Hallo')).statusCode).toBe(404);
  });

  it('with messaging turned off the portal reads but cannot write (409)', async () => {
    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/practice/mail-settings',
      headers: owner.headers,
      payload: { messagingEnabled: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().messagingEnabled).toBe(false);
    const refused = await portalSend('Nog een vraag');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'messaging_off',
      message: expect.stringMatching(/turned messages off/),
    });
    const thread = (await portalList()).json();
    expect(thread.enabled).toBe(false);
    expect(thread.messages).toHaveLength(2);
    await t.app.inject({
      method: 'PATCH',
      url: '/api/practice/mail-settings',
      headers: owner.headers,
      payload: { messagingEnabled: true },
    });
  });

  it('logs every read and write, the client as actor on the portal side, never the words', async () => {
    const lines = await t.dataSource.query(
      `SELECT event, action, user_id, details FROM audit_events
        WHERE client_id = $1 AND event LIKE '%message%' ORDER BY occurred_at`,
      [client.id],
    );
    const events = lines.map((l: { event: string }) => l.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'portal.message_send',
        'message.read',
        'message.send',
        'portal.messages_read',
      ]),
    );
    for (const line of lines.filter((l: { event: string }) =>
      l.event.startsWith('portal.'),
    )) {
      expect(line.user_id).toBeNull();
      expect(line.details.actor).toBe('client');
    }
    expect(JSON.stringify(lines)).not.toMatch(/oefening|dat mag/);
    await expect(verifyAuditChain(t.dataSource)).resolves.toMatchObject({
      broken: null,
    });
  });
});
