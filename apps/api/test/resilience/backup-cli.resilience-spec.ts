import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/database/embedded-postgres';
import {
  type ApiProcess,
  startApi,
  tempDataDir,
  waitForHealth,
} from '../support/api-process';

const CLI = resolve(__dirname, '../../../../dist/apps/api/cli.js');

/** The built command line, as `npm run cli` runs it. */
function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env['PATH'] ?? '', DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('backup, restore and verify-audit on the command line', () => {
  let source: string;
  let target: string;
  let api: ApiProcess;

  beforeAll(async () => {
    source = tempDataDir();
    target = tempDataDir();
    const port = await freePort();
    // A first start fills the database with the demo practice.
    api = startApi({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: source });
    await waitForHealth(port);
  });
  afterAll(async () => {
    await api?.stop();
    rmSync(source, { recursive: true, force: true });
    rmSync(target, { recursive: true, force: true });
  });

  /** The running server's database, as the CLI finds it. */
  const database = () =>
    new Client({
      connectionString: (
        JSON.parse(readFileSync(join(source, 'runtime.json'), 'utf8')) as {
          url: string;
        }
      ).url,
    });

  it('backs up a running server, restores into a new installation and proves the access log', async () => {
    const seed = database();
    await seed.connect();
    try {
      // Access-log lines as the server writes them (the demo has none yet).
      await seed.query(
        `INSERT INTO audit_events (practice_id, event, action, outcome, part)
         SELECT id, 'client.list', 'R', 'success', 'clients'
           FROM practices, generate_series(1, 5)`,
      );
    } finally {
      await seed.end();
    }
    const intact = cli(source, 'verify-audit');
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/^\d+ entries verified, chain intact$/m);

    const file = join(target, 'praktijk.backup.gz');
    const backup = cli(source, 'backup', file);
    expect(backup.code).toBe(0);
    const [, tables, rows] = /(\d+) tables, (\d+) rows/.exec(backup.out) ?? [];

    // An intruder with database rights edits one access-log line.
    const db = database();
    await db.connect();
    let id = '';
    try {
      await db.query('BEGIN');
      await db.query(
        'ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_no_update_delete',
      );
      const changed = await db.query(
        `UPDATE audit_events SET user_agent = 'changed'
          WHERE id = (SELECT id FROM audit_events ORDER BY occurred_at LIMIT 1)
          RETURNING id`,
      );
      id = changed.rows[0].id;
      await db.query(
        'ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_no_update_delete',
      );
      await db.query('COMMIT');
    } finally {
      await db.end();
    }
    const broken = cli(source, 'verify-audit');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`broken at entry ${id}`);

    await api.stop();
    const restore = cli(target, 'restore', file);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.out).toContain(
      `Restored ${tables} tables, ${rows} rows from the backup`,
    );
    expect(restore.out).toMatch(
      /Access log: \d+ entries verified, chain intact/,
    );
    expect(cli(target, 'restore', file).code).toBe(1);
    console.log(
      `backup CLI: ${tables} tables, ${rows} rows restored and compared; tampered entry named by verify-audit`,
    );
  });
});
