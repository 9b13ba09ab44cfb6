import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import type { AuditLineBuffer } from '../../src/audit/audit-line-buffer';
import { ClientAccess } from '../../src/clients/client-access';
import type { RequestContext } from '../../src/common/request-context';
import type { Practitioner } from '../../src/practices/practitioner.entity';
import {
  buildClientRecord,
  type ClientRecordFixture,
} from '../support/client-record';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';
import { ReferenceTimeline } from '../support/timeline-reference';

/**
 * The timeline is read in plain SQL; the former read through entities (one
 * query per kind) is the reference: for a client with every kind of entry,
 * with and without a domain filter, the answer must be the same text.
 */
describe('the timeline in plain SQL', () => {
  let t: TestApp;
  let owner: Practitioner;
  let colleague: Practitioner;
  let outsider: Practitioner;
  let ownerSession: Session;
  let colleagueSession: Session;
  let outsiderSession: Session;
  let record: ClientRecordFixture;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = practice.owner;
    colleague = practice.practitioners[0] as Practitioner;
    ownerSession = await signIn(t.app, owner.email);
    colleagueSession = await signIn(t.app, colleague.email);
    const other = await buildPractice(t.dataSource);
    outsider = other.owner;
    outsiderSession = await signIn(t.app, outsider.email);

    // Assessments, a red flag raised and handled, a decision, goals, notes
    // (signed, draft, with an addendum) and homework.
    record = await buildClientRecord(t, ownerSession, {}, { homework: true });
    const id = record.clientId;
    const send = (url: string, payload?: object) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: ownerSession.headers,
        ...(payload ? { payload } : {}),
      });
    // Links: one mailed, one made as a link.
    for (const how of ['email', 'link']) {
      const r = await send(`/api/clients/${id}/intake-invitations`, {
        variant: 'follow_up',
        send: how,
      });
      expect(r.statusCode).toBe(201);
    }
    // A report.
    expect(
      (await send(`/api/clients/${id}/reports/progress.pdf`)).statusCode,
    ).toBe(200);
    // A sent check-in with a long note, and a draft one that never shows.
    await t.dataSource.query(
      `INSERT INTO check_ins (practice_id, client_id, week, status, pain_now, stress, breathing,
                              movement, nutrition, sleep, immune, movement_safety, note, submitted_at)
       SELECT practice_id, id, '2026-W49', 'submitted', 4, 5, 4, 6, 3, 5, 2, 6, $2, now()
         FROM clients WHERE id = $1`,
      [id, `Slecht geslapen,\n${'veel pijn in de onderrug '.repeat(10)}`],
    );
    await t.dataSource.query(
      `INSERT INTO check_ins (practice_id, client_id, week, status)
       SELECT practice_id, id, '2026-W50', 'draft' FROM clients WHERE id = $1`,
      [id],
    );
    // Entries of different kinds at the same instant keep their kind order.
    await t.dataSource.query(
      `UPDATE goals SET updated_at = (SELECT min(submitted_at) FROM assessments WHERE client_id = $1)
        WHERE client_id = $1`,
      [id],
    );
    // The colleague sees the client through a share.
    const shared = await t.app.inject({
      method: 'PUT',
      url: `/api/clients/${id}/shares`,
      headers: ownerSession.headers,
      payload: { practitionerIds: [colleague.id] },
    });
    expect(shared.statusCode).toBeLessThan(300);
  });
  afterAll(() => t.close());

  const ctxOf = (p: Practitioner): RequestContext => ({
    sessionId: '',
    practitionerId: p.id,
    practiceId: p.practiceId,
    role: p.role,
    mfaSetupRequired: false,
    ip: '127.0.0.1',
    userAgent: null,
  });

  /** The answer the former read gives, as the JSON text of the response. */
  async function expected(who: Practitioner, domain?: string) {
    const noLines = { record: async () => undefined };
    const reference = new ReferenceTimeline(
      t.dataSource,
      new ClientAccess(),
      noLines as unknown as AuditLineBuffer,
    );
    return JSON.stringify(
      await reference.timeline(
        ctxOf(who),
        record.clientId,
        domain as DomainId | undefined,
      ),
    );
  }

  const read = (session: Session, query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/clients/${record.clientId}/timeline${query}`,
      headers: { cookie: session.cookie },
    });

  it('has every kind of entry', async () => {
    const events = JSON.parse(await expected(owner)) as { kind: string }[];
    expect([...new Set(events.map((e) => e.kind))].sort()).toEqual([
      'addendum',
      'assessment',
      'check_in',
      'decision',
      'goal',
      'homework',
      'invitation',
      'note',
      'red_flag',
      'red_flag_handled',
      'report',
    ]);
  });

  it.each([undefined, ...DOMAIN_IDS])(
    'the owner, domain %s: the same answer as the former read',
    async (domain) => {
      const response = await read(
        ownerSession,
        domain ? `?domain=${domain}` : '',
      );
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(await expected(owner, domain));
    },
  );

  it('a colleague it is shared with: the same answer', async () => {
    const response = await read(colleagueSession);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(await expected(colleague));
  });

  it('a client without any entry: an empty timeline, as before', async () => {
    const empty = await buildClient(t.app, ownerSession);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${empty.id}/timeline`,
      headers: { cookie: ownerSession.cookie },
    });
    expect(response.statusCode).toBe(200);
    const noLines = { record: async () => undefined };
    const reference = new ReferenceTimeline(
      t.dataSource,
      new ClientAccess(),
      noLines as unknown as AuditLineBuffer,
    );
    expect(response.body).toBe(
      JSON.stringify(await reference.timeline(ctxOf(owner), empty.id)),
    );
    expect(response.body).toBe('[]');
  });

  async function lines(event: string, userId: string) {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE event = $1 AND user_id = $2 AND client_id = $3`,
      [event, userId, record.clientId],
    );
    return rows[0]?.n ?? 0;
  }

  it('each read has its access-log line before the answer', async () => {
    const before = await lines('timeline.read', owner.id);
    expect((await read(ownerSession)).statusCode).toBe(200);
    expect(await lines('timeline.read', owner.id)).toBe(before + 1);
  });

  it("another practice's client is a 404, and the refusal is logged", async () => {
    const before = await lines('client.access_denied', outsider.id);
    const response = await read(outsiderSession);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
    expect(await lines('client.access_denied', outsider.id)).toBe(before + 1);
    expect(await lines('timeline.read', outsider.id)).toBe(0);
    // No such client, and an id that is not one, answer as before.
    for (const [id, status] of [
      ['00000000-0000-4000-8000-000000000000', 404],
      ['not-a-uuid', 400],
    ] as const) {
      const none = await t.app.inject({
        method: 'GET',
        url: `/api/clients/${id}/timeline`,
        headers: { cookie: outsiderSession.cookie },
      });
      expect(none.statusCode).toBe(status);
    }
  });
});
