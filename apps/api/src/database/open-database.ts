import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { createDataSource } from './data-source';
import { keepPoolErrorsFromEndingTheProcess } from './pool-errors';
import {
  claimDataDir,
  ensureDatabase,
  startEmbeddedDatabase,
} from './embedded-postgres';

export const EMBEDDED_DATABASE_NAME = 'herstelkompas';

export class MigrationError extends Error {}

export interface OpenDatabase {
  dataSource: DataSource;
  /** Where the database lives, for tools (backup, the CLI). */
  url: string;
  /** Closes connections and stops the embedded server if we started it. */
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL under DATA_DIR,
 * then applies pending migrations. A failing migration stops here with its name.
 */
export async function openDatabase(
  config: AppConfig,
  password: string,
  logger: Logger,
): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopServer = async () => undefined as void;
  let release = () => undefined as void;
  if (!url) {
    release = claimDataDir(config.dataDir);
    try {
      const server = await startEmbeddedDatabase({
        dataDir: config.dataDir,
        password,
        log: (m) => logger.info(m),
      });
      stopServer = () => server.stop();
      await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
      url = server.urlFor(EMBEDDED_DATABASE_NAME);
      writeRuntimeFile(config.dataDir, url);
    } catch (error) {
      release();
      throw error;
    }
  }
  const dataSource = createDataSource(url);
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopServer();
    rmSync(join(config.dataDir, 'runtime.json'), { force: true });
    release();
  };
  try {
    await dataSource.initialize();
    keepPoolErrorsFromEndingTheProcess(dataSource);
    await migrate(dataSource, logger);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { dataSource, url, close };
}

/** Any fixed number: the key of the lock that lets one process migrate. */
const MIGRATION_LOCK = 727_001;

/**
 * API replicas often start together against one database: the first to take
 * the lock migrates, the others wait and then find nothing pending. The lock
 * lives on its own connection and goes with it if this process dies.
 */
async function migrate(dataSource: DataSource, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePending(dataSource, logger);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
      .catch(() => undefined);
    await runner.release();
  }
}

async function migratePending(
  dataSource: DataSource,
  logger: Logger,
): Promise<void> {
  const pending = await dataSource.showMigrations();
  if (!pending) return;
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied)
      logger.info({ migration: m.name }, 'Migration applied');
  } catch (error) {
    const executed = await dataSource
      .query('SELECT name FROM migrations ORDER BY id')
      .catch(() => []);
    const done = new Set((executed as { name: string }[]).map((r) => r.name));
    const failed = dataSource.migrations.find(
      (m) => !done.has(m.name ?? m.constructor.name),
    );
    throw new MigrationError(
      `Database migration ${failed?.name ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}. ` +
        'Nothing of it was applied; the database is as it was before this start.',
    );
  }
}

/** Lets the CLI reach the embedded database while the server holds it. */
function writeRuntimeFile(dataDir: string, url: string): void {
  writeFileSync(
    join(dataDir, 'runtime.json'),
    JSON.stringify({ pid: process.pid, url }),
    { mode: 0o600 },
  );
}

export function runtimeDatabaseUrl(dataDir: string): string | undefined {
  const file = join(dataDir, 'runtime.json');
  if (!existsSync(file)) return undefined;
  try {
    const { pid, url } = JSON.parse(readFileSync(file, 'utf8')) as {
      pid: number;
      url: string;
    };
    process.kill(pid, 0);
    return url;
  } catch {
    return undefined;
  }
}
