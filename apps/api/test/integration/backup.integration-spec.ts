import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import { BackupError } from '../../src/backup/archive';
import { writeBackup } from '../../src/backup/backup';
import { restoreBackup } from '../../src/backup/restore';
import { createApp } from '../../src/create-app';
import { buildClientRecord } from '../support/client-record';
import {
  type MigratedDatabase,
  migratedDatabase,
} from '../support/migrated-database';
import { buildPractice, signIn, testConfig } from '../support/test-app';

/** Row count and md5 of the ordered rows of every table: computed apart from the backup code. */
async function fingerprint(
  ds: DataSource,
): Promise<Record<string, { rows: number; md5: string }>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await ds.query(
      `SELECT count(*)::int AS rows,
              md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
         FROM "${name}" t`,
    );
    result[name] = row;
  }
  return result;
}

describe('backup and restore drill', () => {
  let source: MigratedDatabase;
  let target: MigratedDatabase;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    source = await migratedDatabase('hk_backup_source');
    target = await migratedDatabase('hk_backup_target', { migrate: false });
    dir = mkdtempSync(join(tmpdir(), 'hk-backup-'));
    file = join(dir, 'praktijk.hkbackup.gz');
    const app = await createApp({
      config: testConfig(),
      dataSource: source.dataSource,
      logger: pino({ level: 'silent' }),
      webRoot: '/nonexistent',
    });
    const t = { app, dataSource: source.dataSource } as never;
    const practice = await buildPractice(source.dataSource, {
      practitioners: 1,
    });
    const owner = await signIn(app, practice.owner.email);
    for (const name of ['Anna', 'Bram']) {
      const record = await buildClientRecord(t, owner, { firstName: name });
      const pdf = await app.inject({
        method: 'POST',
        url: `/api/clients/${record.clientId}/reports/progress.pdf`,
        headers: owner.headers,
      });
      expect(pdf.statusCode).toBe(200);
    }
    // Closing the app closes its DataSource too.
    await app.close();
    await source.dataSource.initialize();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await source.drop();
    await target.drop();
  });

  it('restores into a fresh database with equal row counts and checksums in every table', async () => {
    const manifest = await writeBackup(source.url, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const result = await restoreBackup(target.url, file);
    const before = await fingerprint(source.dataSource);
    const after = await fingerprint(target.dataSource);
    expect(after).toEqual(before);
    for (const table of [
      'clients',
      'assessments',
      'session_notes',
      'reports',
      'audit_events',
    ])
      expect(before[table]?.rows).toBeGreaterThan(0);
    expect(Object.keys(before).sort()).toEqual(
      manifest.tables.map((t) => t.name).sort(),
    );
    const chain = await verifyAuditChain(target.dataSource);
    expect(chain.broken).toBeNull();
    expect(chain.entries).toBe(before['audit_events']?.rows);
    console.log(
      `backup drill: ${result.tables} tables, ${result.rows} rows compared (counts and md5 equal); ${chain.entries} access-log entries verified, chain intact`,
    );
  });

  it('keeps the append-only rules and the chain working after a restore', async () => {
    await expect(
      target.dataSource.query('DELETE FROM audit_events'),
    ).rejects.toThrow(/append-only/);
    const [{ practice_id }] = await target.dataSource.query(
      'SELECT practice_id FROM audit_events LIMIT 1',
    );
    await target.dataSource.query(
      `INSERT INTO audit_events (practice_id, event, action, outcome, part)
       VALUES ($1, 'client.read', 'R', 'success', 'client')`,
      [practice_id],
    );
    await expect(verifyAuditChain(target.dataSource)).resolves.toMatchObject({
      broken: null,
    });
  });

  it('refuses a database that holds data, and replaces it with --force', async () => {
    await expect(restoreBackup(target.url, file)).rejects.toThrow(
      /not empty.*--force/,
    );
    await restoreBackup(target.url, file, { force: true });
    await expect(fingerprint(target.dataSource)).resolves.toEqual(
      await fingerprint(source.dataSource),
    );
  });

  it('refuses a cut-off file without touching the database', async () => {
    const cut = join(dir, 'cut.gz');
    writeFileSync(cut, gzipSync('HERSTELKOMPAS BACKUP 1\nTABLE practices\n'));
    const error = await restoreBackup(target.url, cut, { force: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/no manifest/);
  });
});
