import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Tables that belong to no practice: the practices themselves, the migration
 * bookkeeping, and counters kept before anyone is signed in (keyed by the
 * typed address or the network address, when no practice is known yet).
 */
const PRACTICE_FREE = [
  'login_attempts',
  'migrations',
  'practices',
  'rate_limit_hits',
];

describe('sharding by practice stays possible', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("has a non-null practice_id on every table that holds a practice's data", async () => {
    const rows: { table_name: string; nullable: string | null }[] =
      await t.dataSource.query(
        `SELECT t.table_name, c.is_nullable AS nullable
         FROM information_schema.tables t
         LEFT JOIN information_schema.columns c
           ON c.table_schema = t.table_schema AND c.table_name = t.table_name
          AND c.column_name = 'practice_id'
         WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
         ORDER BY t.table_name`,
      );
    const tenantTables = rows.filter(
      (r) => !PRACTICE_FREE.includes(r.table_name),
    );
    expect(tenantTables.length).toBeGreaterThan(10);
    expect(tenantTables.filter((r) => r.nullable !== 'NO')).toEqual([]);
  });
});
