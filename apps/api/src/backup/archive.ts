import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/**
 * A backup file: gzip of plain lines, close to pg_dump's plain format so a
 * person can read it with zcat.
 *
 *   HERSTELKOMPAS BACKUP 1
 *   TABLE <name>          then the table's rows as COPY text, then "\."
 *   ...
 *   MANIFEST <json>       last, because it holds the checksums of all above
 *
 * COPY text escapes backslashes and newlines, so no row line can be "\.".
 */
export const HEADER = 'HERSTELKOMPAS BACKUP 1';
export const FORMAT_VERSION = 1;
export const END_OF_TABLE = '\\.';

export interface ManifestTable {
  name: string;
  columns: string[];
  key: string[];
  rows: number;
  sha256: string;
}

export interface Manifest {
  format: 'herstelkompas-backup';
  version: number;
  createdAt: string;
  /** Migrations applied in the source: the schema the rows fit. */
  migrations: string[];
  tables: ManifestTable[];
}

export class BackupError extends Error {}

/** The archive's lines, one by one, without their newline. */
export function archiveLines(file: string): AsyncIterable<string> {
  const gunzip = createGunzip();
  // pipe() does not pass a read error on; without this the reader would wait forever.
  createReadStream(file)
    .on('error', (error) => gunzip.destroy(error))
    .pipe(gunzip);
  return createInterface({ input: gunzip, crlfDelay: Infinity });
}

/** Reads the whole file once: the manifest comes last and vouches for it all. */
export async function readManifest(file: string): Promise<Manifest> {
  let first = true;
  let manifest: Manifest | null = null;
  try {
    for await (const line of archiveLines(file)) {
      if (first && line !== HEADER)
        throw new BackupError(`${file} is not a Herstelkompas backup.`);
      first = false;
      if (line.startsWith('MANIFEST '))
        manifest = JSON.parse(line.slice('MANIFEST '.length)) as Manifest;
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file} cannot be read as a backup (${(error as Error).message}).`,
    );
  }
  if (!manifest)
    throw new BackupError(
      `${file} has no manifest: the backup is incomplete (cut off while it was written or copied).`,
    );
  if (manifest.format !== 'herstelkompas-backup' || manifest.version !== 1)
    throw new BackupError(
      `${file} has backup format ${manifest.version}; this version reads format ${FORMAT_VERSION}.`,
    );
  return manifest;
}
