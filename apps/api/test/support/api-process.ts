import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const MAIN = resolve(__dirname, '../../../../dist/apps/api/main.js');

export interface ApiProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /**
   * Stops the product; SIGKILL ends the primary and its API processes at
   * once, as a crash of the whole service (its PostgreSQL is left running,
   * as when the single process was killed).
   */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** The API processes the primary forked (API_PROCESSES > 1), not PostgreSQL. */
  workers(): number[];
}

/** Children of `pid` running the same program (node), i.e. its cluster workers. */
export function nodeChildren(pid: number): number[] {
  const exe = (p: number | string) => {
    try {
      return readlinkSync(`/proc/${p}/exe`);
    } catch {
      return undefined;
    }
  };
  const node = exe(pid);
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && exe(entry) === node) found.push(Number(entry));
    } catch {
      // Ended meanwhile.
    }
  }
  return found.sort((a, b) => a - b);
}

/** Runs the built product like `npm start` does, with the given environment. */
export function startApi(env: Record<string, string>): ApiProcess {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: build the api first (npm run build)`);
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      LOG_LEVEL: 'warn',
      // `API_PROCESSES=2 npm run test:resilience`: the crash trials on several processes.
      ...(process.env['API_PROCESSES']
        ? { API_PROCESSES: process.env['API_PROCESSES'] }
        : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (d) => (text += String(d)));
  child.stderr?.on('data', (d) => (text += String(d)));
  const exited = new Promise<number | null>((r) =>
    child.once('exit', (code) => r(code)),
  );
  return {
    child,
    output: () => text,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        if (signal === 'SIGKILL' && child.pid)
          for (const pid of nodeChildren(child.pid)) process.kill(pid, signal);
        child.kill(signal);
      }
      return exited;
    },
    workers: () => (child.pid ? nodeChildren(child.pid) : []),
  };
}

/**
 * Polls /api/health until it answers `status`, or fails after `ms`. Given the
 * process, it fails as soon as that process has ended, with what it printed,
 * so a start that fails says why instead of waiting out the time.
 */
export async function waitForHealth(
  port: number,
  status = 200,
  ms = 30000,
  api?: ApiProcess,
): Promise<unknown> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    if (api && (api.child.exitCode !== null || api.child.signalCode !== null)) {
      // Whole, in the run's log: jest shows only part of a long message.
      console.error(
        `API on port ${port} ended before it served:\n${api.output()}`,
      );
      throw new Error(
        `the API on port ${port} ended (${api.child.exitCode ?? api.child.signalCode}) before it served: ${api.output().slice(-2000)}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
        signal: AbortSignal.timeout(3000),
      });
      if (response.status === status) return response.json();
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `health did not answer ${status} within ${ms} ms (last: ${last})${api ? `; the API printed: ${api.output().slice(-2000)}` : ''}`,
  );
}

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hk-data-'));
  chmodSync(dir, 0o755);
  return dir;
}

export interface PgServer {
  port: number;
  urlFor(database: string): string;
  /** Creates an empty database and answers its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
  /** Ends the wrapper process at once (after its postgres was killed). */
  kill(): Promise<void>;
}

/** Starts PostgreSQL in a child process (see pg-server.mjs) on `port`, or a free one. */
export async function startPgServer(
  dir: string,
  port: number,
): Promise<PgServer> {
  const password = 'process-test';
  const child = spawn(
    process.execPath,
    [join(__dirname, 'pg-server.mjs'), join(dir, 'pg'), String(port), password],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stderr?.on('data', (d) => (text += String(d)));
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (d) => String(d).includes('ready') && ready());
    child.once('exit', (code) =>
      fail(new Error(`pg-server exited with ${code}: ${text}`)),
    );
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const urlFor = (database: string) =>
    `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlFor,
    createDatabase: async (name) => {
      const admin = new Client({ connectionString: urlFor('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return urlFor(name);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGKILL');
      await exited;
    },
  };
}
