import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/database/embedded-postgres';
import {
  type PgServer,
  startApi,
  startPgServer,
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

describe('starting and stopping the product', () => {
  it('stops with one line naming the variable when the configuration is bad', async () => {
    const api = startApi({ PORT: 'abc', DATA_DIR: tempDataDir() });
    expect(await api.exited).toBe(1);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      'Herstelkompas did not start. Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc").',
    );
  });

  it('refuses TRUST_PROXY=true (believe every hop) in one line naming the accepted forms', async () => {
    const api = startApi({ TRUST_PROXY: 'true', DATA_DIR: tempDataDir() });
    expect(await api.exited).toBe(1);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Herstelkompas did not start\. Invalid configuration: TRUST_PROXY must be false, the number of proxy hops .* or the proxies' addresses\/CIDRs.* \(got "true"\)\.$/,
    );
  });

  it('says clearly that the port is taken instead of hanging', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) =>
      blocker.listen(port, '127.0.0.1', () => r()),
    );
    try {
      const api = startApi({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: tempDataDir(),
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('starts on an empty DATA_DIR with a demo practice, and stops PostgreSQL cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const api = startApi({ PORT: String(port), DATA_DIR: dataDir });
    try {
      await expect(waitForHealth(port)).resolves.toEqual({
        status: 'ok',
        database: 'up',
      });
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'demo@herstelkompas.nl',
          password: 'herstel-demo-2026',
        }),
      });
      expect(login.status).toBe(200);
      expect(api.output()).toContain(
        'sign in as demo@herstelkompas.nl / herstel-demo-2026',
      );
      const postmasterPid = Number(
        readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split(
          '\n',
        )[0],
      );
      expect(isAlive(postmasterPid)).toBe(true);

      expect(await api.stop('SIGTERM')).toBe(0);
      expect(isAlive(postmasterPid)).toBe(false);
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      await api.stop('SIGKILL');
    }
  });

  it('keeps data across restarts and recovers a PostgreSQL orphaned by a killed start', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = startApi({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealth(port);
    await first.stop('SIGKILL');
    const orphan = Number(
      readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split(
        '\n',
      )[0],
    );
    expect(isAlive(orphan)).toBe(true);

    const second = startApi({ PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitForHealth(port);
      expect(isAlive(orphan)).toBe(false);
      // The demo practice from the first start is still there and not seeded twice.
      expect(second.output()).toContain('Demo practice: sign in as');
      expect(second.output()).not.toContain('Demo practice created');
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('refuses a second start on the same DATA_DIR while the first runs', async () => {
    const dataDir = tempDataDir();
    const port = await freePort();
    const first = startApi({ PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitForHealth(port);
      const second = startApi({
        PORT: String(await freePort()),
        DATA_DIR: dataDir,
      });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(
        /DATA_DIR .* is in use by another running Herstelkompas/,
      );
      await expect(waitForHealth(port)).resolves.toEqual({
        status: 'ok',
        database: 'up',
      });
    } finally {
      await first.stop();
    }
  });

  describe('with DATABASE_URL', () => {
    let server: PgServer;
    let adminUrl: string;

    beforeAll(async () => {
      server = await startPgServer(tempDataDir(), await freePort());
      adminUrl = server.urlFor('postgres');
    });
    afterAll(() => server?.stop());

    const freshDatabase = async (name: string) => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return server.urlFor(name);
    };

    it('requires SESSION_SECRET', async () => {
      const api = startApi({
        DATABASE_URL: await freshDatabase('needs_secret'),
        PORT: String(await freePort()),
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain(
        'SESSION_SECRET is required when DATABASE_URL is set',
      );
    });

    it('says so clearly when the database cannot be reached', async () => {
      const api = startApi({
        DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${await freePort()}/none`,
        SESSION_SECRET: 'x'.repeat(40),
        PORT: String(await freePort()),
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toMatch(
        /Herstelkompas did not start\. Cannot reach the database at DATABASE_URL \(.*ECONNREFUSED/,
      );
    });

    it('stops with the failing migration named and the database untouched', async () => {
      const url = await freshDatabase('broken_schema');
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query('CREATE TABLE practices (id int)');
      await client.end();
      const api = startApi({
        DATABASE_URL: url,
        SESSION_SECRET: 'x'.repeat(40),
        PORT: String(await freePort()),
      });
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain(
        'Database migration Foundation1764072000000 failed',
      );
      const check = new Client({ connectionString: url });
      await check.connect();
      const tables = await check.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      );
      await check.end();
      expect(tables.rows.map((r) => r.table_name)).toEqual([
        'migrations',
        'practices',
      ]);
    });

    it('answers 503 while the database is down and recovers without help', async () => {
      const dbDir = tempDataDir();
      const own = await startPgServer(dbDir, await freePort());
      const port = await freePort();
      const api = startApi({
        DATABASE_URL: own.urlFor('postgres'),
        SESSION_SECRET: 'x'.repeat(40),
        PORT: String(port),
      });
      let restarted: PgServer | undefined;
      try {
        await waitForHealth(port);
        await own.stop();
        await expect(waitForHealth(port, 503, 10000)).resolves.toEqual({
          status: 'degraded',
          database: 'down',
        });
        restarted = await startPgServer(dbDir, own.port);
        await expect(waitForHealth(port, 200, 15000)).resolves.toEqual({
          status: 'ok',
          database: 'up',
        });
      } finally {
        await api.stop();
        await restarted?.stop();
      }
    });
  });
});
