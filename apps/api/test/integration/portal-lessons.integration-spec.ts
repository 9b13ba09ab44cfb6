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
const MARKDOWN =
  '## Slapen met pijn\n\nEen **rustige** avond helpt.\n\n- schermen uit\n- licht zacht\n\n<script>alert(1)</script>';

describe('client portal: the practice decides which lessons it offers', () => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;
  let otherOwner: Session;
  let client: { id: string };
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
    const other = await buildPractice(t.dataSource);
    otherOwner = await signIn(t.app, other.owner.email);
    client = await buildClient(t.app, owner, { dateOfBirth: DOB });
    portal = await portalBrowser(t.app, owner, client.id, DOB);
  });
  afterAll(() => t.close());

  const as = (
    who: Session,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    language?: string,
  ) =>
    t.app.inject({
      method,
      url,
      headers: {
        ...who.headers,
        ...(language ? { 'accept-language': language } : {}),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const portalGet = (url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: portal.cookie } });
  const portalPut = (url: string) =>
    t.app.inject({ method: 'PUT', url, headers: portal.headers });

  let ownLessonId = '';

  it('the owner hides one of the six: the client no longer lists or opens it', async () => {
    const hide = await as(owner, 'PUT', '/api/practice/lessons/builtin/scans', {
      hidden: true,
    });
    expect(hide.statusCode).toBe(200);
    expect(
      hide.json().builtin.find((l: { id: string }) => l.id === 'scans'),
    ).toMatchObject({ hidden: true });

    const list = await portalGet('/api/portal/lessons');
    expect(list.statusCode).toBe(200);
    const ids = list.json().map((l: { id: string }) => l.id);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain('scans');
    expect((await portalGet('/api/portal/lessons/scans')).statusCode).toBe(404);
    expect((await portalPut('/api/portal/lessons/scans/read')).statusCode).toBe(
      404,
    );
    // The lesson before it now leads to the one after it.
    expect(
      (await portalGet('/api/portal/lessons/real-pain-safe-body')).json().next,
    ).toBe('six-domains');
  });

  it('the owner adds a lesson in Markdown: stored as typed and returned to the client', async () => {
    const created = await as(owner, 'POST', '/api/practice/lessons', {
      title: '  Pijn en slaap ',
      minutes: 4,
      body: MARKDOWN,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Pijn en slaap',
      minutes: 4,
      body: MARKDOWN,
    });
    ownLessonId = created.json().id;
    const [row] = await t.dataSource.query(
      `SELECT body, practice_id FROM practice_lessons WHERE id = $1`,
      [ownLessonId],
    );
    expect(row).toEqual({ body: MARKDOWN, practice_id: practiceId });

    const list = (await portalGet('/api/portal/lessons')).json();
    expect(list[list.length - 1]).toMatchObject({
      id: ownLessonId,
      kind: 'practice',
      order: 6,
      title: { nl: 'Pijn en slaap', en: 'Pijn en slaap' },
      summary: { nl: 'Een rustige avond helpt.' },
      minutes: 4,
      read: false,
    });
    const lesson = await portalGet(`/api/portal/lessons/${ownLessonId}`);
    expect(lesson.statusCode).toBe(200);
    expect(lesson.json()).toMatchObject({
      kind: 'practice',
      body: MARKDOWN,
      sections: [],
      reflection: null,
      next: null,
    });

    const read = await portalPut(`/api/portal/lessons/${ownLessonId}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: ownLessonId, read: true });
    const home = (await portalGet('/api/portal/me')).json();
    expect(home.lessons).toEqual({ total: 6, read: 1 });
  });

  it('the practitioner sees the client portal: active, last visit, 1 of 6 read', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/portal/messages',
      headers: portal.headers,
      payload: { text: 'Een vraag over de les.' },
    });
    const summary = await as(
      colleague,
      'GET',
      `/api/clients/${client.id}/portal`,
    );
    // The colleague does not work in this record.
    expect(summary.statusCode).toBe(404);
    const mine = await as(owner, 'GET', `/api/clients/${client.id}/portal`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      status: 'active',
      lessons: {
        total: 6,
        read: [{ id: ownLessonId, title: { nl: 'Pijn en slaap' } }],
      },
      unreadMessages: 1,
      messagingEnabled: true,
    });
    expect(mine.json().lastVisitAt).toEqual(expect.any(String));
    expect(mine.json().invitedAt).toEqual(expect.any(String));
    const [line] = await t.dataSource.query(
      `SELECT action, part FROM audit_events WHERE event = 'client.portal_read' AND client_id = $1`,
      [client.id],
    );
    expect(line).toEqual({ action: 'R', part: 'portal' });
    expect(
      (await as(otherOwner, 'GET', `/api/clients/${client.id}/portal`))
        .statusCode,
    ).toBe(404);
  });

  it('Vandaag lists the client with a new message until someone opens the thread', async () => {
    const home = await as(owner, 'GET', '/api/home/new-messages');
    expect(home.statusCode).toBe(200);
    expect(home.json().clients).toEqual([
      expect.objectContaining({ clientId: client.id, unread: 1 }),
    ]);
    expect(
      (await as(otherOwner, 'GET', '/api/home/new-messages')).json().clients,
    ).toEqual([]);
    expect(
      (await as(colleague, 'GET', '/api/home/new-messages')).json().clients,
    ).toEqual([]);
    await as(owner, 'GET', `/api/clients/${client.id}/messages`);
    expect(
      (await as(owner, 'GET', '/api/home/new-messages')).json().clients,
    ).toEqual([]);
    expect(
      (await as(owner, 'GET', `/api/clients/${client.id}/portal`)).json()
        .unreadMessages,
    ).toBe(0);
  });

  it('a client never invited reads as none; invited and never signed in as invited', async () => {
    const fresh = await buildClient(t.app, owner, { dateOfBirth: DOB });
    expect(
      (await as(owner, 'GET', `/api/clients/${fresh.id}/portal`)).json(),
    ).toMatchObject({ status: 'none', invitedAt: null, lastVisitAt: null });
    await as(owner, 'POST', `/api/clients/${fresh.id}/portal-invitations`, {
      send: 'link',
    });
    expect(
      (await as(owner, 'GET', `/api/clients/${fresh.id}/portal`)).json(),
    ).toMatchObject({ status: 'invited', lastVisitAt: null });
  });

  it('only the owner changes lessons; everyone of the practice reads them', async () => {
    const listed = await as(colleague, 'GET', '/api/practice/lessons');
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ canEdit: false });
    expect(listed.json().own).toHaveLength(1);
    expect(
      (
        await as(colleague, 'POST', '/api/practice/lessons', {
          title: 'x',
          minutes: 3,
          body: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await as(colleague, 'PUT', '/api/practice/lessons/builtin/scans', {
          hidden: false,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await as(colleague, 'PATCH', `/api/practice/lessons/${ownLessonId}`, {
          minutes: 5,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await as(colleague, 'DELETE', `/api/practice/lessons/${ownLessonId}`))
        .statusCode,
    ).toBe(403);
  });

  it("another practice's lesson does not exist for them", async () => {
    expect(
      (
        await as(otherOwner, 'PATCH', `/api/practice/lessons/${ownLessonId}`, {
          minutes: 5,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await as(otherOwner, 'DELETE', `/api/practice/lessons/${ownLessonId}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await as(otherOwner, 'GET', '/api/practice/lessons')).json().own,
    ).toEqual([]);
    // Their own clients still see all six of ours.
    expect(
      (await as(otherOwner, 'GET', '/api/practice/lessons'))
        .json()
        .builtin.every((l: { hidden: boolean }) => !l.hidden),
    ).toBe(true);
  });

  it('refuses bad fields, each in the reader’s language', async () => {
    const dutch = await as(
      owner,
      'POST',
      '/api/practice/lessons',
      { title: 'x'.repeat(121), minutes: 0, body: '' },
      'nl',
    );
    expect(dutch.statusCode).toBe(400);
    const fields = dutch
      .json()
      .details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(['body', 'minutes', 'title']);
    expect(
      dutch.json().details.find((d: { field: string }) => d.field === 'title')
        .message,
    ).toBe('Gebruik hoogstens 120 tekens.');
    const english = await as(
      owner,
      'PATCH',
      `/api/practice/lessons/${ownLessonId}`,
      { body: 'x'.repeat(20_001) },
      'en',
    );
    expect(english.statusCode).toBe(400);
    expect(english.json().details).toEqual([
      expect.objectContaining({
        field: 'body',
        message: 'Use at most 20000 characters.',
      }),
    ]);
    // A change may leave a field out, never empty it.
    const emptied = await as(
      owner,
      'PATCH',
      `/api/practice/lessons/${ownLessonId}`,
      { title: null, minutes: null },
      'en',
    );
    expect(emptied.statusCode).toBe(400);
    expect(
      emptied
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['minutes', 'title']);
    expect(
      (
        await as(owner, 'PUT', '/api/practice/lessons/builtin/no-such', {
          hidden: true,
        })
      ).statusCode,
    ).toBe(400);
    // A practice lesson cannot be hidden as if it were one of ours.
    expect(
      (
        await as(owner, 'PUT', `/api/practice/lessons/builtin/${ownLessonId}`, {
          hidden: true,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the owner changes and removes the lesson; its read mark goes with it', async () => {
    const changed = await as(
      owner,
      'PATCH',
      `/api/practice/lessons/${ownLessonId}`,
      { minutes: 5 },
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ minutes: 5, body: MARKDOWN });
    expect(
      (await as(owner, 'DELETE', `/api/practice/lessons/${ownLessonId}`))
        .statusCode,
    ).toBe(204);
    expect(
      (await portalGet(`/api/portal/lessons/${ownLessonId}`)).statusCode,
    ).toBe(404);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM portal_lesson_reads WHERE lesson_id = $1`,
      [ownLessonId],
    );
    expect(n).toBe(0);
    const lines = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE event = 'practice.lessons_update' AND practice_id = $1 ORDER BY occurred_at`,
      [practiceId],
    );
    expect(lines.map((l: { action: string }) => l.action)).toEqual([
      'U',
      'C',
      'U',
      'D',
    ]);
  });
});
