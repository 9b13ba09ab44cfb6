import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { verifyAuditChain } from '../audit/verify-chain';
import { BackupError } from '../backup/archive';
import { writeBackup } from '../backup/backup';
import { restoreBackup } from '../backup/restore';
import { withCliDatabase } from './with-database';

export const BACKUP_USAGE = `  npm run cli -- backup <file>
  npm run cli -- restore <file> [--force]

    backup writes every table, read in one consistent snapshot, to one gzip
    file with a manifest (row counts and sha256 per table). It is a logical
    backup made by the product itself, not pg_dump: the embedded PostgreSQL
    has no pg_dump, and an older system pg_dump refuses a newer server.
    The file holds health data: it is created readable by you only.

    restore loads such a file into the database (migrations first), checks
    every table against the manifest and commits only when all match. It
    refuses a database that holds data unless --force, which replaces it.
    Stop the server first when restoring into its embedded database.`;

export async function backupCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    console.error('backup needs a file name.\n');
    console.log(BACKUP_USAGE);
    return 2;
  }
  return reportingBackupErrors(() =>
    withCliDatabase(async ({ url }) => {
      const manifest = await writeBackup(url, resolve(file));
      const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
      console.log(
        `Backup written to ${resolve(file)}: ${manifest.tables.length} tables, ${rows} rows.`,
      );
      return 0;
    }),
  );
}

export async function restoreCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) {
    console.error('restore needs a file name.\n');
    console.log(BACKUP_USAGE);
    return 2;
  }
  return reportingBackupErrors(() =>
    withCliDatabase(async ({ url, dataSource }) => {
      const result = await restoreBackup(url, resolve(file), {
        force: values.force,
      });
      const chain = await verifyAuditChain(dataSource);
      console.log(
        `Restored ${result.tables} tables, ${result.rows} rows from the backup of ${result.manifest.createdAt}; counts and checksums match.`,
      );
      console.log(
        chain.broken
          ? `Warning: the access log chain is broken at entry ${chain.broken.id}.`
          : `Access log: ${chain.entries} entries verified, chain intact.`,
      );
      return chain.broken ? 1 : 0;
    }),
  );
}

/** A refused or damaged backup is told in one sentence, without a stack. */
async function reportingBackupErrors(
  run: () => Promise<number>,
): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    return 1;
  }
}
