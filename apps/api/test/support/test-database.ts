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
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return name;
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
