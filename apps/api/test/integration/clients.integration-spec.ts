import { AuditEvent } from '../../src/audit/audit-event.entity';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

describe('clients', () => {
  let t: TestApp;
  let owner: Session;
  let practitioner: Session;
  let practitionerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 1 });
    owner = await signIn(t.app, practice.owner.email);
    const p = practice.practitioners[0] as { id: string; email: string };
    practitionerId = p.id;
    practitioner = await signIn(t.app, p.email);
  });
  afterAll(() => t.close());

  const get = (url: string, s: Session) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const send = (
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    s: Session,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: s.headers,
      ...(payload ? { payload } : {}),
    });

  it('creates a client and reads it back with Dutch name forms', async () => {
    const created = await buildClient(t.app, owner, {
      firstName: 'Jan',
      lastName: 'van der Berg',
      tags: ['rug', ' rug ', 'werk'],
    });
    expect(created).toMatchObject({
      displayName: 'Jan van der Berg',
      sortName: 'Berg, Jan van der',
      status: 'intake_pending',
      tags: ['rug', 'werk'],
      version: 1,
      latestScores: null,
      focusDomains: [],
      openRedFlagCount: 0,
    });
    const read = await get(`/api/clients/${created.id}`, owner);
    expect(read.statusCode).toBe(200);
    expect(read.json().email).toBe(created['email']);
  });

  it('finds a client by part of the name without accents or case', async () => {
    const tag = `t${Date.now()}`;
    await buildClient(t.app, owner, {
      firstName: 'José',
      lastName: 'Müller-Öztürk',
      tags: [tag],
    });
    const found = await get(
      `/api/clients?search=${encodeURIComponent('jose muller')}&tag=${tag}`,
      owner,
    );
    expect(
      found.json().items.map((c: { displayName: string }) => c.displayName),
    ).toEqual(['José Müller-Öztürk']);
    const byPart = await get(`/api/clients?search=OZTU&tag=${tag}`, owner);
    expect(byPart.json().total).toBe(1);
    const none = await get(
      `/api/clients?search=nobody-like-this&tag=${tag}`,
      owner,
    );
    expect(none.json()).toMatchObject({ items: [], total: 0 });
  });

  it('sorts on the last name without tussenvoegsel and pages on the server', async () => {
    const tag = `s${Date.now()}`;
    for (const [firstName, lastName] of [
      ['Piet', 'de Vries'],
      ['Anna', 'Bakker'],
      ['Jan', 'van den Akker'],
    ]) {
      await buildClient(t.app, owner, { firstName, lastName, tags: [tag] });
    }
    const first = await get(
      `/api/clients?tag=${tag}&sort=name&pageSize=2`,
      owner,
    );
    expect(first.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(
      first.json().items.map((c: { sortName: string }) => c.sortName),
    ).toEqual(['Akker, Jan van den', 'Bakker, Anna']);
    const second = await get(
      `/api/clients?tag=${tag}&sort=name&pageSize=2&page=2`,
      owner,
    );
    expect(
      second.json().items.map((c: { sortName: string }) => c.sortName),
    ).toEqual(['Vries, Piet de']);
  });

  it('bounds the page size', async () => {
    const response = await get('/api/clients?pageSize=1000', owner);
    expect(response.statusCode).toBe(400);
    expect(response.json().details[0]).toMatchObject({
      field: 'pageSize',
      code: 'out_of_range',
    });
  });

  it('rejects bad input with field-level Dutch messages and unknown fields', async () => {
    const response = await send('POST', '/api/clients', owner, {
      firstName: ' ',
      lastName: 'Jansen',
      dateOfBirth: '2999-01-01',
      email: 'geen-email',
      favouriteColour: 'blue',
    });
    expect(response.statusCode).toBe(400);
    const byField = Object.fromEntries(
      response
        .json()
        .details.map((d: { field: string; message: string }) => [
          d.field,
          d.message,
        ]),
    );
    expect(byField).toEqual({
      firstName: 'Dit veld is verplicht.',
      dateOfBirth: 'Vul een geldige geboortedatum in, niet in de toekomst.',
      email: 'Vul een geldig e-mailadres in.',
      favouriteColour: 'Dit veld is onbekend.',
    });
  });

  it('refuses a phone number without digits with a field message, in Dutch and English', async () => {
    const body = {
      firstName: 'Jan',
      lastName: 'Jansen',
      dateOfBirth: '1990-05-12',
      email: 'jan.telefoon@example.nl',
      phone: 'abc',
    };
    const response = await send('POST', '/api/clients', owner, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({
        field: 'phone',
        code: 'invalid_phone',
        message:
          'Vul een telefoonnummer in met cijfers, bijvoorbeeld 06-12345678.',
      }),
    ]);
    const ok = await send('POST', '/api/clients', owner, {
      ...body,
      phone: '+31 6 1234 5678',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('answers 409 to an edit based on a stale version and keeps the first change', async () => {
    const client = await buildClient(t.app, owner);
    const first = await send('PATCH', `/api/clients/${client.id}`, owner, {
      version: 1,
      phone: '06-12345678',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await send('PATCH', `/api/clients/${client.id}`, owner, {
      version: 1,
      phone: '06-99999999',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe(
      'Iemand anders heeft dit intussen gewijzigd.',
    );
    expect((await get(`/api/clients/${client.id}`, owner)).json().phone).toBe(
      '06-12345678',
    );
  });

  it('sorts equal highest scores by name, and lists only clients still in care by default', async () => {
    const tag = `t${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await buildClient(t.app, owner, { tags: [tag] })).id);
    // Names against the id order, so an id tie-break alone gives the wrong order.
    const [a, b, c, d] = [...ids].sort();
    const rows: [string | undefined, string, string, number, string][] = [
      [a, 'Ada', 'Zwart', 7, 'active'],
      [b, 'Bo', 'Mulder', 7, 'paused'],
      [c, 'Cas', 'Appel', 7, 'intake_pending'],
      [d, 'Dirk', 'Bos', 9, 'completed'],
    ];
    for (const [id, firstName, lastName, maxScore, status] of rows)
      await t.dataSource.query(
        `UPDATE clients SET first_name = $2, last_name = $3, sort_name = lower($3 || ', ' || $2),
           max_score = $4, status = $5 WHERE id = $1`,
        [id, firstName, lastName, maxScore, status],
      );
    const names = async (query: string) =>
      (await get(`/api/clients?tag=${tag}${query}`, owner))
        .json()
        .items.map((row: { sortName: string }) => row.sortName);

    // "Alle lopende": the completed client is not among them.
    expect(await names('&sort=-score')).toEqual([
      'Appel, Cas',
      'Mulder, Bo',
      'Zwart, Ada',
    ]);
    expect(await names('&status=completed')).toEqual(['Bos, Dirk']);
    // Pickers (a closing report) still find a completed client.
    expect(await names('&status=unarchived&sort=-score')).toEqual([
      'Bos, Dirk',
      'Appel, Cas',
      'Mulder, Bo',
      'Zwart, Ada',
    ]);
    expect(await names('&status=unarchived&sort=score')).toEqual([
      'Appel, Cas',
      'Mulder, Bo',
      'Zwart, Ada',
      'Bos, Dirk',
    ]);
  });

  it('archives and restores; archived clients leave the default list', async () => {
    const tag = `a${Date.now()}`;
    const client = await buildClient(t.app, owner, { tags: [tag] });
    expect(
      (await send('POST', `/api/clients/${client.id}/archive`, owner)).json()
        .status,
    ).toBe('archived');
    expect((await get(`/api/clients?tag=${tag}`, owner)).json().total).toBe(0);
    expect(
      (await get(`/api/clients?tag=${tag}&status=archived`, owner)).json()
        .total,
    ).toBe(1);
    expect(
      (await send('POST', `/api/clients/${client.id}/restore`, owner)).json()
        .status,
    ).toBe('intake_pending');
  });

  describe('who sees what', () => {
    it('shows a practitioner only their own and shared clients', async () => {
      const tag = `v${Date.now()}`;
      const ownersClient = await buildClient(t.app, owner, { tags: [tag] });
      const mine = await buildClient(t.app, practitioner, { tags: [tag] });
      const list = await get(`/api/clients?tag=${tag}`, practitioner);
      expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([
        mine.id,
      ]);
      expect(
        (await get(`/api/clients/${ownersClient.id}`, practitioner)).statusCode,
      ).toBe(404);

      await send('PUT', `/api/clients/${ownersClient.id}/shares`, owner, {
        practitionerIds: [practitionerId],
      });
      expect(
        (await get(`/api/clients/${ownersClient.id}`, practitioner)).statusCode,
      ).toBe(200);
      expect(
        (await get(`/api/clients?tag=${tag}`, practitioner)).json().total,
      ).toBe(2);
    });

    it('lets the owner see every client of the practice', async () => {
      const tag = `o${Date.now()}`;
      await buildClient(t.app, practitioner, { tags: [tag] });
      expect((await get(`/api/clients?tag=${tag}`, owner)).json().total).toBe(
        1,
      );
    });

    it('does not let a practitioner assign a client to a colleague', async () => {
      const response = await send('POST', '/api/clients', practitioner, {
        firstName: 'A',
        lastName: 'B',
        dateOfBirth: '1990-01-01',
        email: 'a@b.nl',
        responsiblePractitionerId: (
          await t.dataSource.query(
            'SELECT id FROM practitioners WHERE role = $1 LIMIT 1',
            ['owner'],
          )
        )[0].id,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().details[0].field).toBe(
        'responsiblePractitionerId',
      );
    });
  });

  describe('erasure', () => {
    it('lets the owner destroy a record; only a content-free log line remains', async () => {
      const client = await buildClient(t.app, owner, {
        firstName: 'Vergeet',
        lastName: 'Mij',
      });
      await get(`/api/clients/${client.id}`, owner);
      const erased = await send('DELETE', `/api/clients/${client.id}`, owner);
      expect(erased.statusCode).toBe(204);
      expect((await get(`/api/clients/${client.id}`, owner)).statusCode).toBe(
        404,
      );
      const rows = await t.dataSource
        .getRepository(AuditEvent)
        .find({ where: { clientId: client.id }, order: { occurredAt: 'ASC' } });
      expect(rows.map((r) => r.event)).toEqual([
        'client.create',
        'client.read',
        'client.erase',
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Vergeet|Mij/);
    });

    it('refuses erasure by a practitioner', async () => {
      const client = await buildClient(t.app, practitioner);
      expect(
        (await send('DELETE', `/api/clients/${client.id}`, practitioner))
          .statusCode,
      ).toBe(403);
      expect(
        (await get(`/api/clients/${client.id}`, practitioner)).statusCode,
      ).toBe(200);
    });
  });
});
