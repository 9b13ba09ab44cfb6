import { addCalendarDays, weekStart } from '@herstelkompas/domain';
import { amsterdamToday } from '../../src/follow-ups/follow-up-time';
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

describe('homework', () => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = await signIn(t.app, practice.owner.email);
    colleague = await signIn(
      t.app,
      (practice.practitioners[0] as { email: string }).email,
    );
    const b = await buildPractice(t.dataSource);
    other = await signIn(t.app, b.owner.email);
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM rate_limit_hits'));

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  async function clientWithPortal(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; portal: PortalBrowser }> {
    const client = await buildClient(t.app, owner, {
      dateOfBirth: DOB,
      ...overrides,
    });
    const portal = await portalBrowser(t.app, owner, client.id, DOB);
    return { id: client.id, portal };
  }

  async function assign(clientId: string, body: Record<string, unknown>) {
    const response = await call(
      'POST',
      `/api/clients/${clientId}/homework`,
      owner.headers,
      body,
    );
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  const today = amsterdamToday();

  it('lists the library: at least one exercise per domain, breathing with its pacer', async () => {
    const response = await call('GET', '/api/homework/library', owner.headers);
    expect(response.statusCode).toBe(200);
    const library = response.json();
    expect(new Set(library.map((e: { domain: string }) => e.domain)).size).toBe(
      6,
    );
    expect(
      library.find((e: { id: string }) => e.id === 'slow-breathing'),
    ).toMatchObject({ pacer: { inSeconds: 4, outSeconds: 6 } });
  });

  it('assigns from the library in the client language, with the access log line', async () => {
    const client = await buildClient(t.app, owner, {
      preferredLanguage: 'en',
    });
    const item = await assign(client.id, {
      exerciseId: 'slow-breathing',
      frequency: 'daily',
      startsOn: today,
      endsOn: addCalendarDays(today, 13),
    });
    expect(item).toMatchObject({
      exerciseId: 'slow-breathing',
      domain: 'breathing',
      title: 'Slow breathing with a longer out-breath',
      frequency: 'daily',
      timesPerWeek: null,
      status: 'active',
      // Today counts as asked from the first day on.
      adherence: { phase: 'running', done: 0, expected: 1 },
      completions: [],
    });
    expect(item.instructions).toContain('dizzy');
    const [line] = await t.dataSource.query(
      `SELECT event, action, part FROM audit_events WHERE client_id = $1 AND event = 'homework.assign'`,
      [client.id],
    );
    expect(line).toEqual({
      event: 'homework.assign',
      action: 'C',
      part: 'homework',
    });
  });

  it('assigns own words; refuses what is missing or wrong field by field, in the caller language', async () => {
    const client = await buildClient(t.app, owner);
    const own = await assign(client.id, {
      domain: 'sleep',
      title: 'Telefoon om 22:00 weg',
      instructions: 'Leg je telefoon om 22:00 in de keuken.',
      frequency: 'weekly',
      timesPerWeek: 4,
      startsOn: today,
      endsOn: addCalendarDays(today, 27),
    });
    expect(own).toMatchObject({ exerciseId: null, timesPerWeek: 4 });

    const url = `/api/clients/${client.id}/homework`;
    const bad = await call('POST', url, owner.headers, {
      frequency: 'weekly',
      startsOn: today,
      endsOn: today,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { field: string }) => d.field)).toEqual([
      'title',
      'instructions',
      'domain',
    ]);
    const english = await call(
      'POST',
      url,
      { ...owner.headers, 'accept-language': 'en' },
      {
        exerciseId: 'calm-meals',
        frequency: 'weekly',
        startsOn: today,
        endsOn: today,
      },
    );
    expect(english.statusCode).toBe(400);
    expect(english.json().details).toEqual([
      expect.objectContaining({
        field: 'timesPerWeek',
        message: 'Fill in how many times a week (1 to 7).',
      }),
    ]);
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: addCalendarDays(today, -1) }, 'endsOn'],
      [{ endsOn: addCalendarDays(today, 400) }, 'endsOn'],
      [{ startsOn: '2027-02-30' }, 'startsOn'],
      [{ frequency: 'hourly' }, 'frequency'],
      [{ timesPerWeek: 8, frequency: 'weekly' }, 'timesPerWeek'],
      [{ exerciseId: 'no-such-exercise' }, 'exerciseId'],
      [{ title: 'a\nb' }, 'title'],
      [
        { sessionNoteId: '00000000-0000-4000-8000-000000000000' },
        'sessionNoteId',
      ],
    ];
    for (const [change, field] of cases) {
      const response = await call('POST', url, owner.headers, {
        exerciseId: 'calm-meals',
        frequency: 'daily',
        startsOn: today,
        endsOn: addCalendarDays(today, 6),
        ...change,
      });
      expect([response.statusCode, field]).toEqual([400, field]);
      expect(response.json().details[0].field).toBe(field);
      expect(response.json().details[0].message).toMatch(/\S/);
    }
  });

  it('is another practice nobody: 404 on list, assign and change', async () => {
    const client = await buildClient(t.app, owner);
    const item = await assign(client.id, {
      exerciseId: 'recovery-day',
      frequency: 'weekly',
      timesPerWeek: 1,
      startsOn: today,
      endsOn: addCalendarDays(today, 13),
    });
    const list = await call(
      'GET',
      `/api/clients/${client.id}/homework`,
      other.headers,
    );
    expect(list.statusCode).toBe(404);
    const make = await call(
      'POST',
      `/api/clients/${client.id}/homework`,
      other.headers,
      {
        exerciseId: 'recovery-day',
        frequency: 'daily',
        startsOn: today,
        endsOn: today,
      },
    );
    expect(make.statusCode).toBe(404);
    const change = await call(
      'PATCH',
      `/api/homework/${item.id}`,
      other.headers,
      {
        status: 'ended',
      },
    );
    expect(change.statusCode).toBe(404);
    // The colleague neither responsible nor shared does not see it either.
    const colleagues = await call(
      'GET',
      `/api/clients/${client.id}/homework`,
      colleague.headers,
    );
    expect(colleagues.statusCode).toBe(404);
  });

  it('lets the client tick off with a note; the same day twice is one tick; the practitioner sees it', async () => {
    const { id, portal } = await clientWithPortal();
    const item = await assign(id, {
      exerciseId: 'slow-breathing',
      frequency: 'daily',
      startsOn: addCalendarDays(today, -3),
      endsOn: addCalendarDays(today, 10),
    });
    const mine = await call('GET', '/api/portal/homework', portal.headers);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().today).toBe(today);
    expect(mine.json().items.map((i: { id: string }) => i.id)).toEqual([
      item.id,
    ]);

    const done = `/api/portal/homework/${item.id}/done`;
    const first = await call('POST', done, portal.headers, {
      note: 'Rustiger daarna.',
    });
    expect(first.statusCode).toBe(200);
    const again = await call('POST', done, portal.headers, {});
    expect(again.statusCode).toBe(200);
    expect(again.json().completions).toEqual([
      expect.objectContaining({ on: today, note: 'Rustiger daarna.' }),
    ]);
    const earlier = await call('POST', done, portal.headers, {
      on: addCalendarDays(today, -2),
    });
    expect(earlier.json().adherence).toMatchObject({
      done: 2,
      expected: 4,
      lastDoneOn: today,
    });

    const seen = await call(
      'GET',
      `/api/clients/${id}/homework`,
      owner.headers,
    );
    expect(seen.json()[0]).toMatchObject({
      id: item.id,
      adherence: { done: 2, expected: 4 },
      completions: [
        expect.objectContaining({ on: today, note: 'Rustiger daarna.' }),
        expect.objectContaining({ on: addCalendarDays(today, -2), note: null }),
      ],
    });
    const lines = await t.dataSource.query(
      `SELECT event, user_id, details->>'actor' AS actor FROM audit_events
        WHERE client_id = $1 AND event LIKE 'portal.homework%' ORDER BY event`,
      [id],
    );
    expect(lines).toEqual([
      { event: 'portal.homework_done', user_id: null, actor: 'client' },
      { event: 'portal.homework_done', user_id: null, actor: 'client' },
      { event: 'portal.homework_done', user_id: null, actor: 'client' },
      { event: 'portal.homework_read', user_id: null, actor: 'client' },
    ]);
    // The log holds no client words.
    const all = await t.dataSource.query(
      `SELECT details::text AS d FROM audit_events WHERE client_id = $1`,
      [id],
    );
    expect(JSON.stringify(all)).not.toContain('Rustiger');

    const undo = await call(
      'DELETE',
      `${done}?on=${addCalendarDays(today, -2)}`,
      portal.headers,
    );
    expect(undo.statusCode).toBe(200);
    expect(undo.json().adherence.done).toBe(1);
  });

  it('keeps ticks inside the period and never in the future (Amsterdam days)', async () => {
    const { id, portal } = await clientWithPortal();
    const item = await assign(id, {
      exerciseId: 'graded-walking',
      frequency: 'daily',
      startsOn: addCalendarDays(today, -2),
      endsOn: today,
    });
    const done = `/api/portal/homework/${item.id}/done`;
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { on: addCalendarDays(today, 1) },
        'on',
        'Je kunt alleen vandaag of een eerdere dag afvinken.',
      ],
      [
        { on: addCalendarDays(today, -3) },
        'on',
        'Deze dag valt buiten de periode van deze oefening.',
      ],
      [
        { on: '2026-13-01' },
        'on',
        'Vul een bestaande datum in, niet vóór 1900.',
      ],
      [{ minutes: -1 }, 'minutes', expect.any(String) as unknown as string],
      [{ minutes: 2000 }, 'minutes', expect.any(String) as unknown as string],
      [
        { note: 'x'.repeat(501) },
        'note',
        expect.any(String) as unknown as string,
      ],
    ];
    for (const [body, field, message] of cases) {
      const response = await call('POST', done, portal.headers, body);
      expect([response.statusCode, JSON.stringify(body)]).toEqual([
        400,
        JSON.stringify(body),
      ]);
      expect(response.json().details[0]).toMatchObject({ field, message });
    }
    // Today is Amsterdam's today, also in the hours the UTC date differs.
    const walk = await call('POST', done, portal.headers, {
      on: today,
      minutes: 12,
      note: 'x'.repeat(500),
    });
    expect(walk.statusCode).toBe(200);
    expect(walk.json().completions[0]).toMatchObject({
      on: today,
      minutes: 12,
    });
  });

  it('counts adherence per week: N times a week over whole and partial weeks', async () => {
    const client = await buildClient(t.app, owner);
    // Three whole weeks before this one, then this week.
    const monday = weekStart(today);
    const startsOn = addCalendarDays(monday, -21);
    const item = await assign(client.id, {
      exerciseId: 'graded-walking',
      frequency: 'weekly',
      timesPerWeek: 3,
      startsOn,
      endsOn: addCalendarDays(monday, 6),
    });
    // Week 1: four ticks (counts as three), week 2: one, week 3: none.
    const days = [0, 1, 2, 3, 8].map((d) => addCalendarDays(startsOn, d));
    for (const day of days)
      await t.dataSource.query(
        `INSERT INTO homework_completions (practice_id, client_id, assignment_id, done_on)
         SELECT practice_id, client_id, id, $2 FROM homework_assignments WHERE id = $1`,
        [item.id, day],
      );
    const [seen] = (
      await call('GET', `/api/clients/${client.id}/homework`, owner.headers)
    ).json();
    const stillToCome = Number(
      (Date.parse(addCalendarDays(monday, 6)) - Date.parse(today)) / 86_400_000,
    );
    expect(seen.adherence).toEqual({
      phase: 'running',
      done: 4,
      expected: 9 + Math.max(0, 3 - stillToCome),
      week: { done: 0, target: 3 },
      lastDoneOn: days[4],
    });
  });

  it('ends an assignment: the client no longer sees it or ticks it; an archived client is 409', async () => {
    const { id, portal } = await clientWithPortal();
    const item = await assign(id, {
      exerciseId: 'evening-wind-down',
      frequency: 'daily',
      startsOn: today,
      endsOn: addCalendarDays(today, 6),
    });
    const ended = await call(
      'PATCH',
      `/api/homework/${item.id}`,
      owner.headers,
      {
        status: 'ended',
      },
    );
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ status: 'ended', endedOn: today });
    const mine = await call('GET', '/api/portal/homework', portal.headers);
    expect(mine.json().items).toEqual([]);
    const tick = await call(
      'POST',
      `/api/portal/homework/${item.id}/done`,
      portal.headers,
      {},
    );
    expect(tick.statusCode).toBe(409);

    const running = await assign(id, {
      exerciseId: 'calm-meals',
      frequency: 'daily',
      startsOn: today,
      endsOn: addCalendarDays(today, 6),
    });
    const archive = await call(
      'POST',
      `/api/clients/${id}/archive`,
      owner.headers,
      {},
    );
    expect(archive.statusCode).toBeLessThan(300);
    const make = await call(
      'POST',
      `/api/clients/${id}/homework`,
      owner.headers,
      {
        exerciseId: 'calm-meals',
        frequency: 'daily',
        startsOn: today,
        endsOn: today,
      },
    );
    expect(make.statusCode).toBe(409);
    const change = await call(
      'PATCH',
      `/api/homework/${running.id}`,
      owner.headers,
      {
        status: 'ended',
      },
    );
    expect(change.statusCode).toBe(409);
  });

  it("client Y cannot see or tick client X's homework (404), nor another practice's client", async () => {
    const x = await clientWithPortal();
    const y = await clientWithPortal();
    const item = await assign(x.id, {
      exerciseId: 'curious-noticing',
      frequency: 'daily',
      startsOn: today,
      endsOn: addCalendarDays(today, 6),
    });
    const tick = await call(
      'POST',
      `/api/portal/homework/${item.id}/done`,
      y.portal.headers,
      {},
    );
    expect(tick.statusCode).toBe(404);
    const undo = await call(
      'DELETE',
      `/api/portal/homework/${item.id}/done`,
      y.portal.headers,
    );
    expect(undo.statusCode).toBe(404);
    const list = await call('GET', '/api/portal/homework', y.portal.headers);
    expect(list.json().items).toEqual([]);
    // A practitioner's session is no portal session.
    const asPractitioner = await call(
      'GET',
      '/api/portal/homework',
      owner.headers,
    );
    expect(asPractitioner.statusCode).toBe(401);
    const rows = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM homework_completions WHERE assignment_id = $1',
      [item.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('links an assignment to the session note whose homework line it comes from', async () => {
    const client = await buildClient(t.app, owner);
    const note = await call(
      'POST',
      `/api/clients/${client.id}/session-notes`,
      owner.headers,
      {
        sessionDate: '2026-11-20T10:00:00Z',
        type: 'coaching',
        text: 'x',
        homework: [
          { domain: 'breathing', text: 'Elke dag 5 minuten rustig ademen' },
        ],
      },
    );
    expect(note.statusCode).toBe(201);
    const item = await assign(client.id, {
      domain: 'breathing',
      title: 'Elke dag 5 minuten rustig ademen',
      instructions: 'Elke dag 5 minuten rustig ademen',
      frequency: 'daily',
      startsOn: today,
      endsOn: addCalendarDays(today, 6),
      sessionNoteId: note.json().id,
    });
    expect(item.sessionNoteId).toBe(note.json().id);
    const elsewhere = await buildClient(t.app, owner);
    const wrong = await call(
      'POST',
      `/api/clients/${elsewhere.id}/homework`,
      owner.headers,
      {
        exerciseId: 'slow-breathing',
        frequency: 'daily',
        startsOn: today,
        endsOn: today,
        sessionNoteId: note.json().id,
      },
    );
    expect(wrong.statusCode).toBe(400);
  });
});
