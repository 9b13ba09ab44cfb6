import { AuditEvent } from '../../src/audit/audit-event.entity';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

describe('access log (NEN 7513)', () => {
  let t: TestApp;
  let owner: Session;
  let practitioner: Session;
  let ownerId: string;
  let practitionerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = await signIn(t.app, practice.owner.email);
    ownerId = practice.owner.id;
    practitionerId = (practice.practitioners[0] as { id: string }).id;
    practitioner = await signIn(
      t.app,
      (practice.practitioners[0] as { email: string }).email,
    );
  });
  afterAll(() => t.close());

  it('logs create, read, update, search and archive with who, on whose behalf, from where', async () => {
    const client = await buildClient(t.app, practitioner);
    await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}`,
      headers: { cookie: owner.cookie, 'user-agent': 'jest-browser' },
    });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${client.id}`,
      headers: practitioner.headers,
      payload: { version: 1, gp: { name: 'Dr. Smit' } },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/archive`,
      headers: practitioner.headers,
    });
    await t.app.inject({
      method: 'GET',
      url: '/api/clients?search=berg&status=active',
      headers: { cookie: owner.cookie },
    });

    const log = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/access-log`,
      headers: { cookie: owner.cookie },
    });
    expect(log.statusCode).toBe(200);
    const items = log.json().items as {
      event: string;
      action: string;
      user: { displayName: string };
      onBehalfOf: { id: string };
      userAgent: string;
    }[];
    expect(items.map((i) => `${i.event}:${i.action}`)).toEqual([
      'client.archive:U',
      'client.update:U',
      'client.read:R',
      'client.create:C',
    ]);
    const read = items.find((i) => i.event === 'client.read');
    expect(read?.user.displayName).toMatch(/^Eigenaar/);
    expect(read?.userAgent).toBe('jest-browser');
    expect(read?.onBehalfOf.id).toBe(
      (
        await t.dataSource.query(
          'SELECT responsible_practitioner_id AS id FROM clients WHERE id = $1',
          [client.id],
        )
      )[0].id,
    );

    const search = await t.dataSource.getRepository(AuditEvent).findOne({
      where: { event: 'client.search' },
      order: { occurredAt: 'DESC' },
    });
    // That a search was typed, never its words.
    expect(search?.details).toMatchObject({
      filters: { search: true, status: 'active' },
    });
    expect(search?.action).toBe('E');
  });

  it('is for the owner only', async () => {
    const client = await buildClient(t.app, practitioner);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/access-log`,
      headers: { cookie: practitioner.cookie },
    });
    expect(response.statusCode).toBe(403);
  });

  it('exports CSV that Dutch Excel opens: BOM, semicolons, quoted cells', async () => {
    const client = await buildClient(t.app, owner);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/access-log.csv`,
      headers: { cookie: owner.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.startsWith('\uFEFFdatum_tijd;gebeurtenis;')).toBe(
      true,
    );
    expect(response.body).toContain('"client.create";"C"');
  });

  it('filters by period', async () => {
    const client = await buildClient(t.app, owner);
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/access-log?to=2000-01-01`,
      headers: { cookie: owner.cookie },
    });
    expect(none.json().total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const all = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/access-log?from=${today}&to=${today}`,
      headers: { cookie: owner.cookie },
    });
    expect(all.json().total).toBeGreaterThan(0);
  });

  it('filters by person and by action', async () => {
    const client = await buildClient(t.app, practitioner);
    await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}`,
      headers: { cookie: owner.cookie },
    });
    const log = async (query: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/clients/${client.id}/access-log?${query}`,
          headers: { cookie: owner.cookie },
        })
      ).json();
    const created = await log(`action=C&practitionerId=${practitionerId}`);
    expect(created.total).toBeGreaterThan(0);
    expect(
      created.items.every(
        (e: { action: string; user: { id: string } }) =>
          e.action === 'C' && e.user.id === practitionerId,
      ),
    ).toBe(true);
    const reads = await log(`action=R&practitionerId=${ownerId}`);
    expect(reads.total).toBeGreaterThan(0);
    expect(
      reads.items.every(
        (e: { action: string; user: { id: string } }) =>
          e.action === 'R' && e.user.id === ownerId,
      ),
    ).toBe(true);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${client.id}/access-log?action=X`,
      headers: { cookie: owner.cookie },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0]).toMatchObject({ field: 'action' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await buildClient(t.app, owner);
    const [row] = await t.dataSource.query(
      'SELECT id FROM audit_events LIMIT 1',
    );
    await expect(
      t.dataSource.query(`UPDATE audit_events SET event = 'x' WHERE id = $1`, [
        row.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query('DELETE FROM audit_events WHERE id = $1', [row.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(
      /append-only/,
    );
  });

  it('writes nothing when the change is rejected', async () => {
    const client = await buildClient(t.app, owner);
    const before = await t.dataSource
      .getRepository(AuditEvent)
      .countBy({ clientId: client.id });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/clients/${client.id}`,
      headers: owner.headers,
      payload: { version: 99, phone: '0612345678' },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ clientId: client.id }),
    ).toBe(before);
  });
  it('logs reads of red flags and intake links, and the lists across clients', async () => {
    const client = await buildClient(t.app, owner);
    for (const url of [
      `/api/clients/${client.id}/red-flags`,
      `/api/clients/${client.id}/intake-invitations`,
      '/api/intake-invitations',
      '/api/home',
    ]) {
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url,
            headers: { cookie: owner.cookie },
          })
        ).statusCode,
      ).toBe(200);
    }
    const mine = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { clientId: client.id } });
    expect(mine.map((r) => r.event)).toEqual(
      expect.arrayContaining(['red_flag.read', 'intake.read']),
    );
    const lists = await t.dataSource.query(
      `SELECT DISTINCT event FROM audit_events WHERE event IN ('intake.search', 'home.read') AND client_id IS NULL`,
    );
    expect(lists.map((r: { event: string }) => r.event).sort()).toEqual([
      'home.read',
      'intake.search',
    ]);
  });
});
