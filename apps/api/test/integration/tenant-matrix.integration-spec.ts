import { routesOf } from '../../src/create-app';
import { buildClient, buildPractice, createTestApp, Session, signIn, TestApp } from '../support/test-app';

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
};

describe('tenant isolation: every route that takes an id', () => {
  let t: TestApp;
  let routes: { method: string; url: string }[];
  let victim: { clientId: string; ownerId: string; practitionerId: string };
  let otherPractice: Session;
  let otherPracticeMember: Session;
  let unshared: Session;

  beforeAll(async () => {
    t = await createTestApp();
    routes = routesOf(t.app).filter((r) => r.url.includes(':') && r.method !== 'HEAD');
    const a = await buildPractice(t.dataSource, { practitioners: 2 });
    const owner = await signIn(t.app, a.owner.email);
    const client = await buildClient(t.app, owner);
    victim = { clientId: client.id, ownerId: a.owner.id, practitionerId: (a.practitioners[0] as { id: string }).id };
    unshared = await signIn(t.app, (a.practitioners[1] as { email: string }).email);
    const b = await buildPractice(t.dataSource, { practitioners: 1 });
    otherPractice = await signIn(t.app, b.owner.email);
    otherPracticeMember = await signIn(t.app, (b.practitioners[0] as { email: string }).email);
  });
  afterAll(() => t.close());

  it('has a sample for every route with an id (the inventory is read from the app)', () => {
    const missing = routes.map((r) => `${r.method} ${r.url}`).filter((key) => !(key in SAMPLES));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(Object.keys(SAMPLES).length);
  });

  const idFor = (url: string) => (url.startsWith('/api/practitioners') ? victim.ownerId : victim.clientId);

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
        ...(SAMPLES[`${route.method} ${route.url}`] ? { payload: SAMPLES[`${route.method} ${route.url}`] } : {}),
      });
      results.push(`${route.method} ${route.url} -> ${response.statusCode}`);
    }
    expect(results).toEqual(routes.map((r) => `${r.method} ${r.url} -> 404`));
    expect(results.length).toBe(Object.keys(SAMPLES).length);
  });

  it('answers 404 to a practitioner of the same practice the client is not shared with', async () => {
    const results = [];
    for (const route of routes.filter((r) => r.url.startsWith('/api/clients/'))) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(':id', victim.clientId),
        headers: unshared.headers,
        ...(SAMPLES[`${route.method} ${route.url}`] ? { payload: SAMPLES[`${route.method} ${route.url}`] } : {}),
      });
      results.push(`${route.method} ${route.url} -> ${response.statusCode}`);
    }
    expect(results.every((r) => r.endsWith('-> 404'))).toBe(true);
  });

  it('leaves the record unchanged after the denied writes', async () => {
    const rows = await t.dataSource.query('SELECT status, phone, version FROM clients WHERE id = $1', [victim.clientId]);
    expect(rows).toEqual([{ status: 'intake_pending', phone: null, version: 1 }]);
  });

  it('never lists another practice\'s clients', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/clients?pageSize=100', headers: { cookie: otherPractice.cookie } });
    expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(victim.clientId);
  });
});
