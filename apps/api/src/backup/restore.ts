import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDataSource } from '../database/data-source';
import {
  archiveLines,
  BackupError,
  END_OF_TABLE,
  type Manifest,
  type ManifestTable,
  readManifest,
} from './archive';
import {
  appTables,
  copyInSql,
  copyOut,
  fixOutputSettings,
  quote,
  type TableShape,
} from './tables';

export interface RestoreResult {
  manifest: Manifest;
  tables: number;
  rows: number;
}

/**
 * Restores a backup made by {@link writeBackup} into the database at `url`:
 * migrations first, then every table in one transaction, checked against the
 * manifest's counts and checksums before it commits. A database that already
 * holds data is refused unless `force` (its rows are then replaced).
 */
export async function restoreBackup(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  const manifest = await readManifest(file);
  await migrate(url, manifest);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await fixOutputSettings(client);
    const tables = await appTables(client);
    assertSameSchema(tables, manifest);
    // Owner-level switch for the append-only and chain triggers: restored
    // lines keep their original hashes. Foreign keys stay on; the archive's
    // table order puts parents first.
    for (const t of tables)
      await client.query(`ALTER TABLE ${quote(t.name)} DISABLE TRIGGER USER`);
    await clearTarget(client, tables, options.force ?? false);
    await load(client, file, manifest);
    await verify(client, manifest);
    await resetSequences(client);
    for (const t of tables)
      await client.query(`ALTER TABLE ${quote(t.name)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return {
    manifest,
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
  };
}

async function migrate(url: string, manifest: Manifest): Promise<void> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const applied = (
      (await dataSource.query('SELECT name FROM migrations ORDER BY id')) as {
        name: string;
      }[]
    ).map((r) => r.name);
    if (applied.join() !== manifest.migrations.join())
      throw new BackupError(
        `The backup was made by another version of Herstelkompas (its last migration: ${manifest.migrations.at(-1)}; this version: ${applied.at(-1)}). Restore it with the version that made it.`,
      );
  } finally {
    await dataSource.destroy();
  }
}

function assertSameSchema(tables: TableShape[], manifest: Manifest): void {
  const shape = (t: { name: string; columns: string[] }) =>
    `${t.name}(${t.columns.join()})`;
  const here = tables.map(shape).sort().join(' ');
  const there = manifest.tables.map(shape).sort().join(' ');
  if (here !== there)
    throw new BackupError(
      'The tables of the backup do not match this database, although the migrations do.',
    );
}

async function clearTarget(
  client: Client,
  tables: TableShape[],
  force: boolean,
): Promise<void> {
  const filled: string[] = [];
  for (const t of tables) {
    const { rows } = await client.query(
      `SELECT EXISTS (SELECT 1 FROM ${quote(t.name)}) AS filled`,
    );
    if (rows[0].filled) filled.push(t.name);
  }
  if (filled.length === 0) return;
  if (!force)
    throw new BackupError(
      `The target database is not empty (${filled.join(', ')}). Restore into an empty database, or add --force to replace its contents.`,
    );
  await client.query(`TRUNCATE ${tables.map((t) => quote(t.name)).join(', ')}`);
}

async function load(
  client: Client,
  file: string,
  manifest: Manifest,
): Promise<void> {
  let table: ManifestTable | undefined;
  let stream: NodeJS.WritableStream | null = null;
  let done: Promise<void> = Promise.resolve();
  for await (const line of archiveLines(file)) {
    if (stream) {
      if (line === END_OF_TABLE) {
        stream.end();
        await done;
        stream = null;
      } else if (!stream.write(`${line}\n`)) {
        await Promise.race([once(stream, 'drain'), done]);
      }
    } else if (line.startsWith('TABLE ')) {
      const name = line.slice('TABLE '.length);
      table = manifest.tables.find((t) => t.name === name);
      if (!table)
        throw new BackupError(`The backup holds an unknown table ${name}.`);
      const copy = client.query(copyFrom(copyInSql(table)));
      stream = copy;
      done = finished(copy);
      done.catch(() => undefined);
    }
  }
  if (stream)
    throw new BackupError(`The backup ends inside table ${table?.name}.`);
}

async function verify(client: Client, manifest: Manifest): Promise<void> {
  for (const table of manifest.tables) {
    const sum = await copyOut(client, table);
    if (sum.rows !== table.rows || sum.sha256 !== table.sha256)
      throw new BackupError(
        `Table ${table.name} does not match the backup after restoring (${sum.rows} of ${table.rows} rows, checksum ${sum.sha256 === table.sha256 ? 'equal' : 'different'}). Nothing was changed.`,
      );
  }
}

/** Sequences owned by columns continue after the restored rows. */
async function resetSequences(client: Client): Promise<void> {
  const { rows } = await client.query<{
    seq: string;
    tbl: string;
    col: string;
  }>(
    `SELECT s.oid::regclass::text AS seq, t.relname AS tbl, a.attname AS col
       FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND t.relname <> 'migrations'`,
  );
  for (const r of rows)
    await client.query(
      `SELECT setval($1, coalesce((SELECT max(${quote(r.col)}) FROM ${quote(r.tbl)}), 0) + 1, false)`,
      [r.seq],
    );
}
