import { CLIENT_SORTS, type ClientSummary } from '@herstelkompas/contracts';
import { nextAppointments } from '../../src/appointments/next-appointments';
import { ClientAccess } from '../../src/clients/client-access';
import { toClientSummary } from '../../src/clients/client-mapper';
import { filterClients } from '../../src/clients/list-clients';
import type { AuthContext } from '../../src/common/auth-context';
import { nextFollowUps } from '../../src/follow-ups/follow-up-time';
import { unreadMessages } from '../../src/portal/unread-messages';
import { practitionerNames } from '../../src/practices/practitioner-names';
import type { Practitioner } from '../../src/practices/practitioner.entity';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

/**
 * The list, search, profile and ranking are read with plain SQL; the
 * query builder's filters (still used by the CSV export) are the reference
 * here: every filter, order and page must give the same answer, and every
 * read must have its access-log line.
 */
type Query = Record<string, string | number>;

describe('client reads in plain SQL', () => {
  let t: TestApp;
  let owner: Practitioner;
  let colleague: Practitioner;
  let ownerSession: Session;
  let colleagueSession: Session;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = practice.owner;
    colleague = practice.practitioners[0] as Practitioner;
    ownerSession = await signIn(t.app, owner.email);
    colleagueSession = await signIn(t.app, colleague.email);
    const people: [string, string, string[]][] = [
      ['José', 'Yılmaz', ['rug']],
      ['Jose', 'Smit', []],
      ['Åsa', 'de Vries', ['rug', 'slaap']],
      ['Ans', 'Veenstra', []],
      ['Kees', 'van der Berg', ['slaap']],
      ['Zoë', 'Bakker', []],
      ['Jan', 'Jansen', []],
      ['Émile', 'Ørsted', ['rug']],
    ];
    for (const [firstName, lastName, tags] of people) {
      const client = await buildClient(t.app, ownerSession, {
        firstName,
        lastName,
        tags,
      });
      ids.push(client.id);
    }
    // The colleague's own client, and one of the owner's shared with them.
    const own = await buildClient(t.app, colleagueSession, {
      firstName: 'Joost',
      lastName: 'Ĳsselmeer',
    });
    ids.push(own.id);
    await t.app.inject({
      method: 'PUT',
      url: `/api/clients/${ids[2]}/shares`,
      headers: ownerSession.headers,
      payload: { practitionerIds: [colleague.id] },
    });
    // Scores, activity and statuses that differ, for the orders and filters.
    await t.dataSource.query(
      `UPDATE clients SET max_score = NULLIF((abs(hashtext(id::text)) % 5) * 20, 0)::real,
          last_activity_at = now() - (abs(hashtext(id::text)) % 1000) * interval '1 minute'
        WHERE id = ANY($1)`,
      [ids],
    );
    await t.dataSource.query(
      `UPDATE clients SET status = 'archived' WHERE id = $1`,
      [ids[5]],
    );
    await t.dataSource.query(
      `UPDATE clients SET status = 'completed' WHERE id = $1`,
      [ids[6]],
    );
  });
  afterAll(() => t.close());

  const ctxOf = (p: Practitioner): AuthContext => ({
    sessionId: '',
    practitionerId: p.id,
    practiceId: p.practiceId,
    role: p.role,
    mfaSetupRequired: false,
  });

  /** The answer the query builder and the side-fact helpers give. */
  async function expected(
    who: Practitioner,
    query: Record<string, string | number>,
  ): Promise<ClientSummary[]> {
    const manager = t.dataSource.manager;
    const pageSize = Number(query['pageSize'] ?? 25);
    const page = Number(query['page'] ?? 1);
    const rows = await filterClients(
      new ClientAccess().query(manager, ctxOf(who)),
      query,
    )
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getMany();
    const clientIds = rows.map((c) => c.id);
    const names = await practitionerNames(
      manager,
      rows.map((c) => c.responsiblePractitionerId),
    );
    const next = await nextAppointments(manager, who.practiceId, clientIds);
    const follow = await nextFollowUps(manager, who.practiceId, clientIds);
    const unread = await unreadMessages(manager, who.practiceId, clientIds);
    return rows.map((c) => ({
      ...toClientSummary(c, names(c.responsiblePractitionerId)),
      nextAppointmentAt: next.get(c.id) ?? null,
      nextFollowUpAt: follow.get(c.id) ?? null,
      unreadMessages: unread.get(c.id) ?? 0,
    }));
  }

  async function list(
    session: Session,
    query: Record<string, string | number>,
  ) {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/clients?${new URLSearchParams(
        Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]),
      )}`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const queries: Record<string, string | number>[] = [
    {},
    { status: 'archived' },
    { status: 'unarchived' },
    { status: 'completed' },
    { search: 'jose' },
    { search: 'JOSÉ' },
    { search: 'asa vries' },
    { search: 'orsted' },
    { search: '50%_' },
    { tag: 'rug' },
    { tag: 'slaap', status: 'unarchived' },
    ...CLIENT_SORTS.flatMap((sort): Query[] => [
      { sort, pageSize: 3, page: 1 },
      { sort, pageSize: 3, page: 2 },
      { sort, pageSize: 3, page: 9 },
      { sort, search: 'e', pageSize: 4, page: 2 },
    ]),
  ];

  it.each(queries)(
    'the owner, %j: the same page as the query builder',
    async (query) => {
      const page = await list(ownerSession, query);
      expect(page.items).toEqual(await expected(owner, query));
      expect(page.page).toBe(Number(query['page'] ?? 1));
      expect(page.pageSize).toBe(Number(query['pageSize'] ?? 25));
      expect(page.totalEstimated).toBeUndefined();
      const all = await expected(owner, { ...query, page: 1, pageSize: 100 });
      expect(page.total).toBe(all.length);
    },
  );

  it('accent-free search finds names typed with accents, and the other way round', async () => {
    const plain = await list(ownerSession, { search: 'yilmaz' });
    expect(plain.items.map((c: ClientSummary) => c.lastName)).toEqual([
      'Yılmaz',
    ]);
    const accented = await list(ownerSession, { search: 'Jösé' });
    expect(accented.items.map((c: ClientSummary) => c.lastName).sort()).toEqual(
      ['Smit', 'Yılmaz'],
    );
  });

  it.each<Query>([
    {},
    { status: 'unarchived' },
    { search: 'j' },
    { sort: '-name' },
  ])(
    'a practitioner, %j: only their own and shared clients, as the query builder',
    async (query) => {
      const page = await list(colleagueSession, query);
      expect(page.items).toEqual(await expected(colleague, query));
      expect(
        page.items
          .map((c: ClientSummary) => c.id)
          .every((id: string) => [ids[2], ids[8]].includes(id)),
      ).toBe(true);
    },
  );

  async function linesFor(event: string, clientId: string | null) {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE event = $1 AND user_id = $2
          AND client_id IS NOT DISTINCT FROM $3`,
      [event, owner.id, clientId],
    );
    return rows[0]?.n ?? 0;
  }

  it('each list read, profile and ranking has its access-log line before the answer', async () => {
    const searches = await linesFor('client.search', null);
    await list(ownerSession, { search: 'jose' });
    expect(await linesFor('client.search', null)).toBe(searches + 1);

    const id = ids[0] as string;
    const reads = await linesFor('client.read', id);
    const profile = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${id}`,
      headers: { cookie: ownerSession.cookie },
    });
    expect(profile.statusCode).toBe(200);
    expect(await linesFor('client.read', id)).toBe(reads + 1);

    const ranks = await linesFor('priority.read', id);
    const ranking = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${id}/priority`,
      headers: { cookie: ownerSession.cookie },
    });
    expect(ranking.statusCode).toBe(200);
    expect(ranking.json()).toEqual({
      computed: null,
      decision: null,
      history: [],
    });
    expect(await linesFor('priority.read', id)).toBe(ranks + 1);
  });

  it('the profile names the responsible practitioner and those it is shared with', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${ids[2]}`,
      headers: { cookie: colleagueSession.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: ids[2],
      firstName: 'Åsa',
      dateOfBirth: '1978-04-23',
      responsiblePractitioner: {
        id: owner.id,
        displayName: owner.displayName,
      },
      sharedWith: [{ id: colleague.id, displayName: colleague.displayName }],
      nextFollowUpAt: null,
      unreadMessages: 0,
      consent: { givenAt: null, withdrawnAt: null },
    });
  });

  it('a client the caller may not see is a 404 on the profile and the ranking, and the refusal is logged', async () => {
    const refused = async () => {
      const rows: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE event = 'client.access_denied' AND client_id = $1 AND user_id = $2`,
        [ids[0], colleague.id],
      );
      return rows[0]?.n ?? 0;
    };
    const before = await refused();
    for (const url of [
      `/api/clients/${ids[0]}`,
      `/api/clients/${ids[0]}/priority`,
      '/api/clients/00000000-0000-4000-8000-000000000000',
      '/api/clients/00000000-0000-4000-8000-000000000000/priority',
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url,
        headers: { cookie: colleagueSession.cookie },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await refused()).toBe(before + 2);
  });

  it('a written note answers exactly as it then reads, and the client shows the activity', async () => {
    const id = ids[3] as string;
    const [{ now: before }]: { now: Date }[] =
      await t.dataSource.query('SELECT now()');
    const written = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${id}/session-notes`,
      headers: ownerSession.headers,
      payload: {
        sessionDate: '2026-03-02T09:30:00.000Z',
        type: 'coaching',
        domains: ['sleep', 'stress'],
        text: 'Slaapritme besproken.',
        durationMinutes: 45,
        painAtStart: 6,
        homework: [{ domain: 'sleep', text: 'Vaste bedtijd' }],
        nextSteps: 'Over twee weken',
        includeInReport: true,
      },
    });
    expect(written.statusCode).toBe(201);
    const note = written.json();
    expect(note).toMatchObject({
      clientId: id,
      sessionDate: '2026-03-02T09:30:00.000Z',
      status: 'draft',
      signedAt: null,
      addenda: [],
      author: { id: owner.id, displayName: owner.displayName },
      homework: [{ domain: 'sleep', text: 'Vaste bedtijd' }],
      version: 1,
    });
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/session-notes/${note.id}`,
      headers: { cookie: ownerSession.cookie },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(note);
    const [client]: { version: number; last_activity_at: Date }[] =
      await t.dataSource.query(
        'SELECT version, last_activity_at FROM clients WHERE id = $1',
        [id],
      );
    // The activity moved; the version did not (an open profile edit stays valid).
    expect(client?.version).toBe(1);
    expect(client?.last_activity_at.getTime()).toBeGreaterThanOrEqual(
      before.getTime(),
    );
    const lines: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE event = 'note.create' AND client_id = $1 AND details->>'noteId' = $2`,
      [id, note.id],
    );
    expect(lines[0]?.n).toBe(1);
  });
});
