import 'reflect-metadata';
import { createDataSource } from '../../src/database/data-source';
import {
  cloneDatabase,
  createFreshDatabase,
  startTestServer,
  type TestServer,
} from './test-database';

declare global {
  var __HK_TEST_SERVER__:
    { server: TestServer; databases: string[] } | undefined;
}

/**
 * One PostgreSQL for the whole run, and the migrations run once, into a
 * template database that nobody connects to afterwards. Each jest worker
 * gets a copy of it (CREATE DATABASE ... TEMPLATE: a file copy, no second
 * migration run): the test files of one worker share that database and keep
 * apart by creating their own practices, as they would in one process.
 */
export default async function globalSetup(globalConfig: {
  maxWorkers?: number;
}): Promise<void> {
  const server = await startTestServer();
  const template = await createFreshDatabase(server.adminUrl, 'hk_template');
  const databases = [template];
  globalThis.__HK_TEST_SERVER__ = { server, databases };
  const dataSource = createDataSource(server.urlFor(template));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  const workers = Math.max(1, globalConfig.maxWorkers ?? 1);
  const urls: string[] = [];
  for (let i = 0; i < workers; i++) {
    const name = await cloneDatabase(server.adminUrl, template);
    databases.push(name);
    urls.push(server.urlFor(name));
  }
  process.env['HK_TEST_DATABASE_URLS'] = JSON.stringify(urls);
  process.env['HK_TEST_DATABASE_URL'] = urls[0];
  process.env['HK_TEST_TEMPLATE_DATABASE'] = template;
  process.env['HK_TEST_ADMIN_URL'] = server.adminUrl;
}
