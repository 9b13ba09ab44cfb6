import { HERSTELKOMPAS_INTAKE_V1 } from '@herstelkompas/domain';
import { routesOf } from '../../src/create-app';
import { completeAnswers } from '../support/answers';
import {
  buildClient,
  buildPractice,
  createTestApp,
  Session,
  signIn,
  TestApp,
} from '../support/test-app';

/**
 * A valid body for every route that takes an id, so that a denied request is
 * denied for who asks, not for what is sent. A new route without a sample
 * fails the inventory test below: it cannot escape the matrix.
 */
const SAMPLES: Record<string, object | undefined> = {
  'GET /api/clients/:id': undefined,
  'PATCH /api/clients/:id': { version: 1, phone: '0612345678' },
  'DELETE /api/clients/:id': undefined,
  'POST /api/clients/:id/archive': undefined,
  'POST /api/clients/:id/restore': undefined,
  'PUT /api/clients/:id/shares': { practitionerIds: [] },
  'GET /api/clients/:id/access-log': undefined,
  'GET /api/clients/:id/access-log.csv': undefined,
  'PATCH /api/practitioners/:id': { active: true },
  'POST /api/practitioners/:id/invitation': undefined,
  'POST /api/clients/:id/intake-invitations': { variant: 'follow_up' },
  'GET /api/clients/:id/intake-invitations': undefined,
  'POST /api/intake-invitations/:id/revoke': undefined,
  'GET /api/clients/:id/assessments': undefined,
  'POST /api/clients/:id/assessments': {
    variant: 'baseline',
    answers: completeAnswers(HERSTELKOMPAS_INTAKE_V1),
  },
  'GET /api/clients/:id/red-flags': undefined,
  'POST /api/red-flags/:id/acknowledge': { action: 'gp_called' },
  'GET /api/clients/:id/priority': undefined,
  'POST /api/clients/:id/priority-decisions': {
    order: ['stress', 'breathing', 'movement', 'nutrition', 'sleep', 'immune'],
    focusDomains: ['stress'],
    reasonCode: 'OTHER',
    reasonText: 'test',
  },
  'POST /api/clients/:id/session-notes': {
    sessionDate: '2026-11-20T10:00:00Z',
    type: 'coaching',
  },
  'GET /api/clients/:id/session-notes': undefined,
  'GET /api/session-notes/:id': undefined,
  'PATCH /api/session-notes/:id': { text: 'x' },
  'POST /api/session-notes/:id/sign': undefined,
  'POST /api/session-notes/:id/addenda': { text: 'x' },
  'GET /api/clients/:id/goals': undefined,
  'POST /api/clients/:id/goals': { domain: 'sleep', description: 'x' },
  'PATCH /api/goals/:id': { status: 'dropped' },
  'GET /api/clients/:id/timeline': undefined,
  'POST /api/clients/:id/reports/progress.pdf': undefined,
  'GET /api/clients/:id/reports': undefined,
  'GET /api/reports/:id/download': undefined,
  'GET /api/clients/:id/export': undefined,
};

/** Public routes keyed by an intake token, not by an id: tested in intake.integration-spec.ts. */
const BY_TOKEN = /:token/;

describe('tenant isolation: every route that takes an id', () => {
  let t: TestApp;
  let routes: { method: string; url: string }[];
  let victim: {
    clientId: string;
    ownerId: string;
    practitionerId: string;
    invitationId: string;
    redFlagId: string;
    noteId: string;
    goalId: string;
    reportId: string;
  };
  let otherPractice: Session;
  let otherPracticeMember: Session;
  let unshared: Session;

  beforeAll(async () => {
    t = await createTestApp();
    routes = routesOf(t.app).filter(
      (r) =>
        r.url.includes(':') && !BY_TOKEN.test(r.url) && r.method !== 'HEAD',
    );
    const a = await buildPractice(t.dataSource, { practitioners: 2 });
    const owner = await signIn(t.app, a.owner.email);
    const client = await buildClient(t.app, owner);
    const invitation = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/intake-invitations`,
      headers: owner.headers,
      payload: { variant: 'baseline' },
    });
    const flagged = await buildClient(t.app, owner);
    await t.app.inject({
      method: 'POST',
      url: `/api/clients/${flagged.id}/assessments`,
      headers: owner.headers,
      payload: {
        variant: 'baseline',
        answers: completeAnswers(HERSTELKOMPAS_INTAKE_V1, { 'RF-CAUDA': true }),
      },
    });
    const [flag] = await t.dataSource.query(
      'SELECT id FROM red_flag_reviews WHERE client_id = $1',
      [flagged.id],
    );
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/session-notes`,
      headers: owner.headers,
      payload: {
        sessionDate: '2026-11-20T10:00:00Z',
        type: 'coaching',
        text: 'origineel',
      },
    });
    const goal = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/goals`,
      headers: owner.headers,
      payload: { domain: 'sleep', description: 'origineel' },
    });
    victim = {
      clientId: client.id,
      ownerId: a.owner.id,
      practitionerId: (a.practitioners[0] as { id: string }).id,
      invitationId: invitation.json().id,
      redFlagId: flag.id,
      noteId: note.json().id,
      goalId: goal.json().id,
      reportId: (
        await t.app.inject({
          method: 'POST',
          url: `/api/clients/${client.id}/reports/progress.pdf`,
          headers: owner.headers,
        })
      ).headers['x-report-id'] as string,
    };
    unshared = await signIn(
      t.app,
      (a.practitioners[1] as { email: string }).email,
    );
    const b = await buildPractice(t.dataSource, { practitioners: 1 });
    otherPractice = await signIn(t.app, b.owner.email);
    otherPracticeMember = await signIn(
      t.app,
      (b.practitioners[0] as { email: string }).email,
    );
  });
  afterAll(() => t.close());

  it('has a sample for every route with an id (the inventory is read from the app)', () => {
    const missing = routes
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in SAMPLES));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(SAMPLES).length);
  });

  const idFor = (url: string) => {
    if (url.startsWith('/api/practitioners')) return victim.ownerId;
    if (url.startsWith('/api/intake-invitations')) return victim.invitationId;
    if (url.startsWith('/api/red-flags')) return victim.redFlagId;
    if (url.startsWith('/api/session-notes')) return victim.noteId;
    if (url.startsWith('/api/goals')) return victim.goalId;
    if (url.startsWith('/api/reports')) return victim.reportId;
    return victim.clientId;
  };

  it.each([
    ['a practitioner of another practice', () => otherPracticeMember],
    ['the owner of another practice', () => otherPractice],
  ])('answers 404 to %s on every route', async (_who, session) => {
    const results = [];
    for (const route of routes) {
      const s = session();
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(':id', idFor(route.url)),
        headers: s.headers,
        ...(SAMPLES[`${route.method} ${route.url}`]
          ? { payload: SAMPLES[`${route.method} ${route.url}`] }
          : {}),
      });
      results.push(`${route.method} ${route.url} -> ${response.statusCode}`);
    }
    expect(results).toEqual(routes.map((r) => `${r.method} ${r.url} -> 404`));
    expect(results.length).toBe(Object.keys(SAMPLES).length);
  });

  it('answers 404 to a practitioner of the same practice the client is not shared with', async () => {
    const results = [];
    for (const route of routes.filter(
      (r) => !r.url.startsWith('/api/practitioners'),
    )) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(':id', idFor(route.url)),
        headers: unshared.headers,
        ...(SAMPLES[`${route.method} ${route.url}`]
          ? { payload: SAMPLES[`${route.method} ${route.url}`] }
          : {}),
      });
      results.push(`${route.method} ${route.url} -> ${response.statusCode}`);
    }
    expect(results.every((r) => r.endsWith('-> 404'))).toBe(true);
  });

  it('leaves the record unchanged after the denied writes', async () => {
    const rows = await t.dataSource.query(
      'SELECT status, phone, version FROM clients WHERE id = $1',
      [victim.clientId],
    );
    expect(rows).toEqual([
      { status: 'intake_pending', phone: null, version: 1 },
    ]);
    const invitations = await t.dataSource.query(
      'SELECT count(*)::int AS n, bool_or(revoked_at IS NOT NULL) AS revoked FROM intake_invitations WHERE client_id = $1',
      [victim.clientId],
    );
    expect(invitations).toEqual([{ n: 1, revoked: false }]);
    const assessments = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM assessments WHERE client_id = $1',
      [victim.clientId],
    );
    expect(assessments).toEqual([{ n: 0 }]);
    const flags = await t.dataSource.query(
      'SELECT acknowledged_at FROM red_flag_reviews WHERE id = $1',
      [victim.redFlagId],
    );
    expect(flags).toEqual([{ acknowledged_at: null }]);
    expect(
      await t.dataSource.query(
        'SELECT text, status FROM session_notes WHERE client_id = $1',
        [victim.clientId],
      ),
    ).toEqual([{ text: 'origineel', status: 'draft' }]);
    expect(
      await t.dataSource.query(
        'SELECT description, status FROM goals WHERE client_id = $1',
        [victim.clientId],
      ),
    ).toEqual([{ description: 'origineel', status: 'proposed' }]);
    expect(
      await t.dataSource.query(
        'SELECT count(*)::int AS n FROM priority_decisions WHERE client_id = $1',
        [victim.clientId],
      ),
    ).toEqual([{ n: 0 }]);
    // Only the owner's own report: a denied request makes none.
    expect(
      await t.dataSource.query(
        'SELECT count(*)::int AS n FROM reports WHERE client_id = $1',
        [victim.clientId],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it("never lists another practice's clients or intake links", async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/clients?pageSize=100',
      headers: { cookie: otherPractice.cookie },
    });
    expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(
      victim.clientId,
    );
    const invitations = await t.app.inject({
      method: 'GET',
      url: '/api/intake-invitations',
      headers: { cookie: otherPractice.cookie },
    });
    expect(invitations.statusCode).toBe(200);
    expect(JSON.stringify(invitations.json())).not.toContain(victim.clientId);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/intake-invitations',
      headers: { cookie: unshared.cookie },
    });
    expect(JSON.stringify(mine.json())).not.toContain(victim.invitationId);
  });
});
