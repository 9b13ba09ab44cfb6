import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import {
  createFreshDatabase,
  createMigratedDatabase,
  dropDatabase,
} from './test-database';

export interface MigratedDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A database of its own on the run's server, migrated (or left empty), for
 * tests that alter rows as a superuser or compare whole databases: the shared
 * run database must not see that.
 */
export async function migratedDatabase(
  prefix: string,
  options: { migrate?: boolean } = {},
): Promise<MigratedDatabase> {
  const adminUrl = process.env['HK_TEST_ADMIN_URL'] as string;
  const migrate = options.migrate ?? true;
  const name = migrate
    ? await createMigratedDatabase(adminUrl, prefix)
    : await createFreshDatabase(adminUrl, prefix);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString());
  await dataSource.initialize();
  if (migrate) await dataSource.runMigrations({ transaction: 'each' });
  return {
    url: url.toString(),
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(adminUrl, name);
    },
  };
}
