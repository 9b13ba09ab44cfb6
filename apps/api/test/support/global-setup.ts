import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source';
import {
  createFreshDatabase,
  startTestServer,
  type TestServer,
} from './test-database';

declare global {
  var __HK_TEST_SERVER__: { server: TestServer; database: string } | undefined;
}

/**
 * One PostgreSQL and one fresh, migrated database for the whole integration
 * run. Test files share it and keep apart by creating their own practices.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer();
  const database = await createFreshDatabase(server.adminUrl);
  const url = server.urlFor(database);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env['HK_TEST_DATABASE_URL'] = url;
  process.env['HK_TEST_ADMIN_URL'] = server.adminUrl;
  globalThis.__HK_TEST_SERVER__ = { server, database };
}
