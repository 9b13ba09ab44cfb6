import { once } from 'node:events';
import {
  closeSync,
  createWriteStream,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import {
  END_OF_TABLE,
  HEADER,
  type Manifest,
  type ManifestTable,
} from './archive';
import { appTables, copyOut, fixOutputSettings } from './tables';

/**
 * Writes a logical backup of every product table to `file`.
 *
 * Not pg_dump: the embedded PostgreSQL ships without it, and a system
 * pg_dump older than the server refuses to run. COPY from inside the product
 * works against any server we can connect to.
 *
 * All tables are read in one REPEATABLE READ READ ONLY snapshot, so the
 * backup is consistent while the practice keeps working. The file appears
 * under its name only when complete and on disk; it is readable by its owner
 * only, because it holds health data.
 */
export async function writeBackup(
  url: string,
  file: string,
): Promise<Manifest> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => undefined);
  const write = async (data: string | Buffer) => {
    if (!gzip.write(data)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await fixOutputSettings(client);
    const migrations = await client.query<{ name: string }>(
      'SELECT name FROM migrations ORDER BY id',
    );
    const tables: ManifestTable[] = [];
    await write(`${HEADER}\n`);
    for (const table of await appTables(client)) {
      await write(`TABLE ${table.name}\n`);
      const sum = await copyOut(client, table, write);
      await write(`${END_OF_TABLE}\n`);
      tables.push({ ...table, ...sum });
    }
    const manifest: Manifest = {
      format: 'herstelkompas-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((r) => r.name),
      tables,
    };
    await write(`MANIFEST ${JSON.stringify(manifest)}\n`);
    gzip.end();
    await written;
    await client.query('COMMIT');
    const fd = openSync(partial, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, file);
    return manifest;
  } catch (error) {
    gzip.destroy();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
