import { createDataSource } from '../../src/database/data-source';
import { createFreshDatabase, dropDatabase } from '../support/test-database';

describe('migrations', () => {
  const adminUrl = () => process.env['HK_TEST_ADMIN_URL'] as string;

  it('leave no difference between the entities and the migrated schema', async () => {
    const dataSource = createDataSource(
      process.env['HK_TEST_DATABASE_URL'] as string,
    );
    await dataSource.initialize();
    try {
      const diff = await dataSource.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can all be undone and applied again', async () => {
    const name = await createFreshDatabase(adminUrl(), 'hk_migrate');
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    const dataSource = createDataSource(url.toString());
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
      for (let i = 0; i < dataSource.migrations.length; i++)
        await dataSource.undoLastMigration();
      const left = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(left).toEqual([]);
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
      await dropDatabase(adminUrl(), name);
    }
  });
});
