import { randomUUID } from 'node:crypto';
import { events, icalInstant, parseICal, prop } from '../support/ical';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

/** The last Sunday of a month (0-based), as YYYY-MM-DD. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month + 1, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** The next such Sunday that is still ahead, so the tests never book in the past. */
function nextLastSunday(month: number): string {
  const year = new Date().getUTCFullYear();
  const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const date = lastSunday(year, month);
  return date > soon.slice(0, 10) ? date : lastSunday(year + 1, month);
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('appointments', () => {
  let t: TestApp;
  let owner: Session;
  let ownerId: string;
  let mine: Session;
  let mineId: string;
  let colleague: Session;
  let colleagueId: string;
  let other: Session;
  let clientId: string;
  let colleagueClientId: string;
  let foreignClientId: string;
  const future = addDays(new Date().toISOString().slice(0, 10), 30);

  const send = (
    s: Session,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...s.headers, ...headers },
      ...(payload ? { payload } : {}),
    });

  const book = (s: Session, body: Record<string, unknown>) =>
    send(s, 'POST', '/api/appointments', {
      clientId,
      durationMinutes: 45,
      type: 'coaching',
      ...body,
    });

  beforeAll(async () => {
    t = await createTestApp();
    const a = await buildPractice(t.dataSource, { practitioners: 2 });
    const b = await buildPractice(t.dataSource, { practitioners: 1 });
    const [p1, p2] = a.practitioners as [
      (typeof a.practitioners)[0],
      (typeof a.practitioners)[0],
    ];
    owner = await signIn(t.app, a.owner.email);
    ownerId = a.owner.id;
    mine = await signIn(t.app, p1.email);
    mineId = p1.id;
    colleague = await signIn(t.app, p2.email);
    colleagueId = p2.id;
    other = await signIn(
      t.app,
      (b.practitioners[0] as { email: string }).email,
    );
    clientId = (
      await buildClient(t.app, mine, {
        firstName: 'Anna',
        lastName: 'de Vries',
      })
    ).id;
    colleagueClientId = (await buildClient(t.app, colleague)).id;
    foreignClientId = (await buildClient(t.app, other)).id;
  });
  afterAll(() => t.close());

  it('books an appointment for the caller, read back in Amsterdam time, and logs it', async () => {
    const created = await book(mine, {
      start: `${future}T10:30`,
      location: '  Praktijk, kamer 2  ',
      note: 'Eerste sessie',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    const [offset] = await t.dataSource.query(
      `SELECT to_char(start_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS local FROM appointments WHERE id = $1`,
      [body.id],
    );
    expect(offset.local).toBe('10:30');
    expect(body).toMatchObject({
      client: { id: clientId, firstName: 'Anna', lastName: 'de Vries' },
      practitioner: { id: mineId },
      durationMinutes: 45,
      type: 'coaching',
      location: 'Praktijk, kamer 2',
      status: 'planned',
      note: 'Eerste sessie',
      version: 1,
    });
    expect(Date.parse(body.end) - Date.parse(body.start)).toBe(45 * 60_000);
    const [logged] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE event = 'appointment.create' AND client_id = $1`,
      [clientId],
    );
    expect(logged.n).toBe(1);
  });

  it('refuses a start in the past with a field message (400)', async () => {
    const response = await book(mine, { start: '2020-01-06T10:00:00Z' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      {
        field: 'start',
        code: 'start_in_past',
        message: 'Kies een begintijd in de toekomst.',
      },
    ]);
    const english = await send(
      mine,
      'POST',
      '/api/appointments',
      {
        clientId,
        start: '2020-01-06T10:00',
        durationMinutes: 30,
        type: 'intake',
      },
      { 'accept-language': 'en' },
    );
    expect(english.json().details[0].message).toBe(
      'Choose a start time in the future.',
    );
  });

  it.each([4, 481, 0, 1000])(
    'refuses a duration of %p minutes (400)',
    async (durationMinutes) => {
      const response = await book(mine, {
        start: `${future}T08:00`,
        durationMinutes,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().details[0]).toMatchObject({
        field: 'durationMinutes',
        code: 'out_of_range',
      });
    },
  );

  it('accepts the shortest and longest durations (5 and 480 minutes)', async () => {
    for (const [durationMinutes, hour] of [
      [5, '06:00'],
      [480, '12:00'],
    ] as const) {
      const response = await book(mine, {
        start: `${addDays(future, 40)}T${hour}`,
        durationMinutes,
      });
      expect(response.statusCode).toBe(201);
    }
  });

  it("answers 404 for a client of another practice, and for a colleague's client not shared with the caller", async () => {
    for (const id of [foreignClientId, colleagueClientId, randomUUID()]) {
      const response = await send(mine, 'POST', '/api/appointments', {
        clientId: id,
        start: `${future}T09:00`,
        durationMinutes: 30,
        type: 'intake',
      });
      expect(response.statusCode).toBe(404);
    }
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM appointments WHERE client_id = ANY($1)',
      [[foreignClientId, colleagueClientId]],
    );
    expect(n).toBe(0);
  });

  it('lets the owner book for a practitioner who may see the client, and refuses one who may not', async () => {
    const forMine = await send(owner, 'POST', '/api/appointments', {
      clientId,
      practitionerId: mineId,
      start: `${addDays(future, 1)}T09:00`,
      durationMinutes: 30,
      type: 'follow_up',
    });
    expect(forMine.statusCode).toBe(201);
    expect(forMine.json().practitioner.id).toBe(mineId);
    const forColleague = await send(owner, 'POST', '/api/appointments', {
      clientId,
      practitionerId: colleagueId,
      start: `${addDays(future, 1)}T11:00`,
      durationMinutes: 30,
      type: 'follow_up',
    });
    expect(forColleague.statusCode).toBe(400);
    expect(forColleague.json().details[0]).toMatchObject({
      field: 'practitionerId',
      code: 'practitioner_no_access',
    });
    const forOwner = await send(owner, 'POST', '/api/appointments', {
      clientId: colleagueClientId,
      start: `${addDays(future, 1)}T11:00`,
      durationMinutes: 30,
      type: 'intake',
    });
    expect(forOwner.json().practitioner.id).toBe(ownerId);
  });

  it('answers 409 with the overlapping appointments, and books when the overlap is accepted', async () => {
    const day = addDays(future, 2);
    const first = await book(mine, { start: `${day}T14:00` });
    expect(first.statusCode).toBe(201);
    const clash = await book(mine, { start: `${day}T14:30` });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      code: 'appointment_overlap',
      overlaps: [
        {
          id: first.json().id,
          start: first.json().start,
          clientName: 'Anna de Vries',
        },
      ],
    });
    // Back to back is no overlap.
    const next = await book(mine, { start: `${day}T14:45` });
    expect(next.statusCode).toBe(201);
    const accepted = await book(mine, {
      start: `${day}T14:30`,
      allowOverlap: true,
    });
    expect(accepted.statusCode).toBe(201);
    // A cancelled appointment frees its time.
    const cancelled = await send(
      mine,
      'PATCH',
      `/api/appointments/${first.json().id}`,
      { status: 'cancelled' },
    );
    expect(cancelled.json().status).toBe('cancelled');
    const moved = await send(
      mine,
      'PATCH',
      `/api/appointments/${next.json().id}`,
      { start: `${day}T13:50` },
    );
    expect(moved.statusCode).toBe(409);
    expect(moved.json().overlaps.map((o: { id: string }) => o.id)).toEqual([
      accepted.json().id,
    ]);
  });

  it('changes an appointment with its version, and refuses a stale one (409)', async () => {
    const made = (
      await book(mine, { start: `${addDays(future, 3)}T09:00` })
    ).json();
    const changed = await send(mine, 'PATCH', `/api/appointments/${made.id}`, {
      version: made.version,
      type: 'remote',
      location: 'https://video.example.nl/kamer',
      durationMinutes: 60,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      type: 'remote',
      location: 'https://video.example.nl/kamer',
      durationMinutes: 60,
      version: made.version + 1,
    });
    expect(Date.parse(changed.json().end) - Date.parse(made.start)).toBe(3.6e6);
    const stale = await send(mine, 'PATCH', `/api/appointments/${made.id}`, {
      version: made.version,
      status: 'done',
    });
    expect(stale.statusCode).toBe(409);
    const hidden = await send(
      colleague,
      'PATCH',
      `/api/appointments/${made.id}`,
      {
        status: 'done',
      },
    );
    expect(hidden.statusCode).toBe(404);
    const foreign = await send(
      other,
      'GET',
      `/api/appointments/${made.id}/ics`,
    );
    expect(foreign.statusCode).toBe(404);
  });

  describe('summer time', () => {
    const march = nextLastSunday(2);
    const october = nextLastSunday(9);
    let dst: string;

    beforeAll(async () => {
      dst = (await buildClient(t.app, mine, { lastName: 'Zomertijd' })).id;
    });

    it('refuses 02:30 on the last Sunday of March (that time does not exist) with a field message', async () => {
      const response = await book(mine, {
        clientId: dst,
        start: `${march}T02:30`,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().details).toEqual([
        expect.objectContaining({
          field: 'start',
          code: 'start_nonexistent',
          message: expect.stringContaining('van 02:00 naar 03:00'),
        }),
      ]);
    });

    it('books around the March change at the right instants', async () => {
      const before = await book(mine, {
        clientId: dst,
        start: `${march}T01:30`,
        durationMinutes: 60,
        allowOverlap: true,
      });
      const after = await book(mine, {
        clientId: dst,
        start: `${march}T03:30`,
        allowOverlap: true,
      });
      expect(before.json().start).toBe(`${march}T00:30:00.000Z`);
      // 01:30 winter time plus an hour is 03:30 summer time.
      expect(before.json().end).toBe(`${march}T01:30:00.000Z`);
      expect(after.json().start).toBe(`${march}T01:30:00.000Z`);
    });

    it('reads 02:30 on the last Sunday of October as the first 02:30 (summer time); an offset picks the second', async () => {
      const first = await book(mine, {
        clientId: dst,
        start: `${october}T02:30`,
        durationMinutes: 30,
        allowOverlap: true,
      });
      expect(first.json().start).toBe(`${october}T00:30:00.000Z`);
      const second = await book(mine, {
        clientId: dst,
        start: `${october}T02:30:00+01:00`,
        durationMinutes: 30,
      });
      // An hour later in real time: no overlap with the first.
      expect(second.statusCode).toBe(201);
      expect(second.json().start).toBe(`${october}T01:30:00.000Z`);
    });

    it('lists exactly the days asked for across both changes', async () => {
      const late = await book(mine, {
        clientId: dst,
        start: `${addDays(march, -1)}T23:30`,
        durationMinutes: 15,
        allowOverlap: true,
      });
      const nextDay = await book(mine, {
        clientId: dst,
        start: `${addDays(october, 1)}T00:00`,
        durationMinutes: 15,
        allowOverlap: true,
      });
      expect([late.statusCode, nextDay.statusCode]).toEqual([201, 201]);
      const list = async (from: string, to: string) =>
        (
          await send(
            mine,
            'GET',
            `/api/appointments?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&clientId=${dst}`,
          )
        )
          .json()
          .map((a: { start: string }) => a.start);
      await expect(list(march, march)).resolves.toEqual([
        `${march}T00:30:00.000Z`,
        `${march}T01:30:00.000Z`,
      ]);
      await expect(
        list(addDays(march, -1), addDays(march, -1)),
      ).resolves.toEqual([`${addDays(march, -1)}T22:30:00.000Z`]);
      await expect(list(october, october)).resolves.toEqual([
        `${october}T00:30:00.000Z`,
        `${october}T01:30:00.000Z`,
      ]);
      await expect(
        list(addDays(october, 1), addDays(october, 1)),
      ).resolves.toEqual([`${october}T23:00:00.000Z`]);
      // Date-times work as bounds too: only the second 02:30.
      await expect(
        list(`${october}T02:00:00+01:00`, `${october}T03:00:00+01:00`),
      ).resolves.toEqual([`${october}T01:30:00.000Z`]);
    });
  });

  it('lists by practitioner and only what the caller may see', async () => {
    const day = addDays(future, 5);
    await book(mine, { start: `${day}T10:00` });
    await send(colleague, 'POST', '/api/appointments', {
      clientId: colleagueClientId,
      start: `${day}T10:00`,
      durationMinutes: 30,
      type: 'intake',
    });
    const ids = async (s: Session, query = '') =>
      (await send(s, 'GET', `/api/appointments?from=${day}&to=${day}${query}`))
        .json()
        .map((a: { practitioner: { id: string } }) => a.practitioner.id)
        .sort();
    await expect(ids(mine)).resolves.toEqual([mineId]);
    await expect(ids(owner)).resolves.toEqual([mineId, colleagueId].sort());
    await expect(ids(owner, `&practitionerId=${colleagueId}`)).resolves.toEqual(
      [colleagueId],
    );
    await expect(ids(other)).resolves.toEqual([]);
    const wrongOrder = await send(
      mine,
      'GET',
      `/api/appointments?from=${day}&to=${addDays(day, -1)}`,
    );
    expect(wrongOrder.statusCode).toBe(400);
    const notADay = await send(
      mine,
      'GET',
      '/api/appointments?from=2027-02-30',
    );
    expect(notADay.json().details[0]).toMatchObject({ field: 'from' });
  });

  it('serves the appointment as iCalendar for the client: times in UTC, no notes', async () => {
    const made = (
      await book(mine, {
        start: `${addDays(future, 6)}T16:15`,
        type: 'intake',
        location: 'Dorpsstraat 1, Utrecht',
        note: 'Geheime notitie',
      })
    ).json();
    const response = await send(
      mine,
      'GET',
      `/api/appointments/${made.id}/ics`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    expect(response.headers['content-disposition']).toMatch(/\.ics"/);
    const calendar = parseICal(response.body);
    const [event] = events(calendar);
    expect(event).toBeDefined();
    if (!event) return;
    expect(prop(event, 'UID')).toBe(`${made.id}@herstelkompas`);
    expect(icalInstant(prop(event, 'DTSTART'))).toBe(made.start);
    expect(icalInstant(prop(event, 'DTEND'))).toBe(made.end);
    expect(prop(event, 'SUMMARY')).toMatch(/^Intake – Praktijk /);
    expect(prop(event, 'LOCATION')).toBe('Dorpsstraat 1, Utrecht');
    expect(prop(event, 'STATUS')).toBe('CONFIRMED');
    expect(response.body).not.toContain('Geheime notitie');
    const cancelled = await send(
      mine,
      'PATCH',
      `/api/appointments/${made.id}`,
      {
        status: 'cancelled',
      },
    );
    expect(cancelled.statusCode).toBe(200);
    const again = parseICal(
      (await send(mine, 'GET', `/api/appointments/${made.id}/ics`)).body,
    );
    expect(prop(again, 'METHOD')).toBe('CANCEL');
    expect(prop(events(again)[0] as never, 'STATUS')).toBe('CANCELLED');
  });

  it("shows each client's next planned appointment in the client list", async () => {
    const fresh = (await buildClient(t.app, mine, { lastName: 'Lijst' })).id;
    const later = await book(mine, {
      clientId: fresh,
      start: `${addDays(future, 12)}T09:00`,
      allowOverlap: true,
    });
    const sooner = await book(mine, {
      clientId: fresh,
      start: `${addDays(future, 11)}T09:00`,
      allowOverlap: true,
    });
    await send(mine, 'PATCH', `/api/appointments/${sooner.json().id}`, {
      status: 'cancelled',
    });
    const list = await send(mine, 'GET', '/api/clients?search=lijst');
    const row = list.json().items.find((c: { id: string }) => c.id === fresh);
    expect(row.nextAppointmentAt).toBe(later.json().start);
    const others = list
      .json()
      .items.filter((c: { id: string }) => c.id !== fresh);
    expect(
      others.every(
        (c: { nextAppointmentAt: unknown }) => c.nextAppointmentAt === null,
      ),
    ).toBe(true);
  });

  describe('calendar subscription', () => {
    it('serves initials and type only behind a random token, stores only its hash, and stops on revoke', async () => {
      const made = (
        await book(mine, {
          start: `${addDays(future, 8)}T11:00`,
          location: 'Huisadres cliënt',
          note: 'Pijn onderrug',
        })
      ).json();
      const none = await send(mine, 'GET', '/api/calendar-feed');
      expect(none.json()).toEqual({ active: false, createdAt: null });
      const created = await send(mine, 'POST', '/api/calendar-feed');
      expect(created.statusCode).toBe(201);
      const { url } = created.json();
      const token = String(url).split('/api/calendar-feeds/')[1] as string;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [stored] = await t.dataSource.query(
        'SELECT token_hash FROM calendar_feeds WHERE practitioner_id = $1',
        [mineId],
      );
      expect(stored.token_hash).not.toContain(token);
      expect(
        (await send(mine, 'GET', '/api/calendar-feed')).json().active,
      ).toBe(true);

      // No session, no cookies: the token is the key.
      const feed = await t.app.inject({ url: `/api/calendar-feeds/${token}` });
      expect(feed.statusCode).toBe(200);
      expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
      const calendar = parseICal(feed.body);
      const event = events(calendar).find(
        (e) => prop(e, 'UID') === `${made.id}@herstelkompas`,
      );
      expect(event && prop(event, 'SUMMARY')).toBe('A.V. · Coachingsessie');
      expect(event && icalInstant(prop(event, 'DTSTART'))).toBe(made.start);
      for (const secret of [
        'Anna',
        'Vries',
        'Huisadres',
        'Pijn',
        clientId,
        mineId,
      ])
        expect(feed.body).not.toContain(secret);
      // Only the feed owner's appointments.
      expect(feed.body).not.toContain('Zomertijd');
      expect(
        events(calendar).every((e) =>
          /^[A-Z.]+ · /.test(prop(e, 'SUMMARY') ?? ''),
        ),
      ).toBe(true);

      const renewed = (await send(mine, 'POST', '/api/calendar-feed')).json();
      expect(renewed.url).not.toBe(url);
      const old = await t.app.inject({ url: `/api/calendar-feeds/${token}` });
      expect(old.statusCode).toBe(404);
      const newToken = String(renewed.url).split('/api/calendar-feeds/')[1];
      const revoked = await send(mine, 'DELETE', '/api/calendar-feed');
      expect(revoked.statusCode).toBe(204);
      const gone = await t.app.inject({
        url: `/api/calendar-feeds/${newToken}`,
      });
      expect(gone.statusCode).toBe(404);
      const guessed = await t.app.inject({
        url: `/api/calendar-feeds/${'x'.repeat(43)}`,
      });
      expect(guessed.statusCode).toBe(404);
      const [reads] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE event = 'calendar_feed.read' AND user_id = $1`,
        [mineId],
      );
      expect(reads.n).toBe(1);
    });

    it('limits how often one address may ask for a feed (429)', async () => {
      const { url } = (
        await send(colleague, 'POST', '/api/calendar-feed')
      ).json();
      const path = new URL(url).pathname;
      const statuses: number[] = [];
      for (let i = 0; i < 125; i++)
        statuses.push(
          (
            await t.app.inject({
              url: path,
              remoteAddress: '203.0.113.9',
            })
          ).statusCode,
        );
      expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    });
  });
});
