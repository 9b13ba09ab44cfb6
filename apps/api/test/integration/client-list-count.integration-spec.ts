import { EXACT_COUNT_LIMIT } from '../../src/clients/list-clients';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

describe('the client list total above the exact-count limit', () => {
  let t: TestApp;
  let owner: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const practice = await buildPractice(t.dataSource, { practitioners: 0 });
    owner = await signIn(t.app, practice.owner.email);
    const template = await buildClient(t.app, owner, {
      firstName: 'Ans',
      lastName: 'Veenstra',
    });
    // Copies of one client, enough to pass the limit, with one rare name.
    await t.dataSource.query(
      `INSERT INTO clients (practice_id, responsible_practitioner_id, first_name,
          last_name, date_of_birth, email, preferred_language, legal_basis,
          status, tags, sort_name, search_text)
        SELECT practice_id, responsible_practitioner_id, first_name,
          CASE WHEN n = 7 THEN 'Zwijnenberg' ELSE last_name END, date_of_birth,
          n || '-' || email, preferred_language, legal_basis, status, tags,
          sort_name, CASE WHEN n = 7 THEN 'ans zwijnenberg' ELSE search_text END
        FROM clients, generate_series(1, $2::int) n WHERE id = $1`,
      [template.id, EXACT_COUNT_LIMIT + 200],
    );
    await t.dataSource.query('ANALYZE clients');
  });
  afterAll(() => t.close());

  const list = async (query: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/clients${query}`,
      headers: { cookie: owner.cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('gives an estimate, flagged, instead of counting every client', async () => {
    const page = await list('?pageSize=25');
    expect(page.items).toHaveLength(25);
    expect(page.totalEstimated).toBe(true);
    expect(page.total).toBeGreaterThan(EXACT_COUNT_LIMIT);
  });

  it('counts exactly below the limit, without the flag', async () => {
    const found = await list('?search=zwijnenberg');
    expect(found.total).toBe(1);
    expect(found.totalEstimated).toBeUndefined();
    expect(found.items.map((c: { lastName: string }) => c.lastName)).toEqual([
      'Zwijnenberg',
    ]);
    const archived = await list('?status=archived');
    expect(archived).toMatchObject({ total: 0, items: [] });
    expect(archived.totalEstimated).toBeUndefined();
  });
});
