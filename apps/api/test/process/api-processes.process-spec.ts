import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-postgres';
import {
  type ApiProcess,
  startApi,
  tempDataDir,
  waitForHealth,
} from '../support/api-process';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  ms = 30000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One GET on a connection of its own: the primary hands each new connection to the next process. */
function getOnNewConnection(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The `process` field (1..N) of the request log lines for `url`. */
function servedBy(output: string, url: string): Set<number> {
  const seen = new Set<number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as {
        msg?: string;
        url?: string;
        process?: number;
      };
      if (entry.msg === 'request' && entry.url === url && entry.process)
        seen.add(entry.process);
    } catch {
      // A line still being written.
    }
  }
  return seen;
}

function postmasterPid(dataDir: string): number {
  return Number(
    readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
}

/**
 * API_PROCESSES=2: the primary starts PostgreSQL, migrates and seeds once,
 * then two API processes share the port.
 */
describe('several API processes on one machine (node:cluster)', () => {
  // Each test starts the product (and PostgreSQL) twice or with a restart.
  jest.setTimeout(240_000);
  let api: ApiProcess | undefined;
  afterEach(async () => {
    await api?.stop('SIGKILL');
    api = undefined;
  });

  it('serves from two processes, outlives one of them and stops as a whole', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    api = startApi({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      API_PROCESSES: '2',
      LOG_LEVEL: 'info',
    });
    await waitForHealth(port);
    const running = api;
    await eventually(
      () => running.output().includes('Demo intake as a client'),
      'the start message',
    );
    // The start message, the demo login and the intake link once per machine.
    expect(running.output().match(/Herstelkompas is running at/g)).toHaveLength(
      1,
    );
    expect(running.output().match(/Demo practice created/g)).toHaveLength(1);
    expect(running.output().match(/Demo intake as a client/g)).toHaveLength(1);
    const [first, second] = running.workers();
    expect(running.workers()).toHaveLength(2);

    // New connections go to both processes in turn (the second starts once
    // the first serves).
    const both = new Set<number>();
    await eventually(async () => {
      expect(await getOnNewConnection(port, '/api/health')).toBe(200);
      for (const n of servedBy(running.output(), '/api/health')) both.add(n);
      return both.size === 2;
    }, 'request lines from both processes');
    expect([...both].sort()).toEqual([1, 2]);

    // One process dies: the other keeps serving, and it is replaced.
    process.kill(first as number, 'SIGKILL');
    await eventually(
      () => running.output().includes('API process stopped unexpectedly'),
      'the restart line',
    );
    for (let i = 0; i < 6; i++)
      expect(await getOnNewConnection(port, '/api/health')).toBe(200);
    const replaced = await eventually(() => {
      const now = running.workers();
      return now.length === 2 && !now.includes(first as number) && now;
    }, 'a new API process');
    expect(replaced).toContain(second);
    await waitForHealth(port);

    // SIGTERM to the primary: the processes stop, then PostgreSQL, exit 0.
    const postgres = postmasterPid(dataDir);
    expect(await running.stop('SIGTERM')).toBe(0);
    for (const pid of [...replaced, postgres])
      await eventually(() => !isAlive(pid), `process ${pid} ended`, 5000);
  });

  it('ends its API processes when the primary is killed', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    api = startApi({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      API_PROCESSES: '2',
    });
    await waitForHealth(port);
    const running = api;
    const workers = await eventually(() => {
      const now = running.workers();
      return now.length === 2 && now;
    }, 'two API processes');
    // Only the primary: its processes must notice and go.
    process.kill(running.child.pid as number, 'SIGKILL');
    await running.exited;
    for (const pid of workers)
      await eventually(() => !isAlive(pid), `API process ${pid} ended`, 10000);
    // Its PostgreSQL is left as after any kill; the next start takes it over.
    const again = startApi({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      API_PROCESSES: '2',
    });
    api = again;
    await waitForHealth(port);
    expect(await again.stop()).toBe(0);
    api = undefined;
  });
});
