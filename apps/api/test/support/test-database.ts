import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  type EmbeddedDatabase,
  startEmbeddedDatabase,
} from '../../src/database/embedded-postgres';

export interface TestServer {
  /** URL of the server's maintenance database, to create test databases from. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL for a test run: DATABASE_URL's server when set, otherwise a
 * throw-away embedded one in a temp folder.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env['DATABASE_URL'];
  if (external) {
    const url = new URL(external);
    return {
      adminUrl: withDatabase(url, 'postgres'),
      urlFor: (name) => withDatabase(url, name),
      stop: async () => undefined,
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'hk-test-pg-'));
  chmodSync(dir, 0o755);
  let server: EmbeddedDatabase;
  try {
    server = await startEmbeddedDatabase({
      dataDir: dir,
      password: 'test-only',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: server.adminUrl,
    urlFor: server.urlFor,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, empty database with a unique name: runs never see each other's rows. */
export async function createFreshDatabase(
  adminUrl: string,
  prefix = 'hk_test',
): Promise<string> {
  const name = uniqueName(prefix);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return name;
}

/**
 * A new database as a copy of `template` (a migrated one nobody is connected
 * to). PostgreSQL refuses the copy while another session is in the template
 * (55006), which only a copy running at the same moment can be: try again.
 */
export async function cloneDatabase(
  adminUrl: string,
  template: string,
  prefix = 'hk_test',
): Promise<string> {
  const name = uniqueName(prefix);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return name;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50)
          throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * A new database that already holds the migrated schema: a copy of the run's
 * template (see global-setup.ts), which went through the real migrations
 * once; running them again on it finds nothing to do. Without a template (a
 * runner without the global setup), an empty database to migrate.
 */
export function createMigratedDatabase(
  adminUrl: string,
  prefix = 'hk_test',
): Promise<string> {
  const template = process.env['HK_TEST_TEMPLATE_DATABASE'];
  return template
    ? cloneDatabase(adminUrl, template, prefix)
    : createFreshDatabase(adminUrl, prefix);
}

export async function dropDatabase(
  adminUrl: string,
  name: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function withDatabase(url: URL, name: string): string {
  const copy = new URL(url.toString());
  copy.pathname = `/${name}`;
  return copy.toString();
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
