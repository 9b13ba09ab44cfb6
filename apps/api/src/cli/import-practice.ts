import { existsSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { configFromEnvironment } from '../config/config';
import {
  importPracticeExport,
  PracticeImportError,
} from '../exports/practice/practice-import';

export const IMPORT_USAGE = `  npm run cli -- import <practice-export.zip>

    Restores a whole-practice export (Instellingen > Praktijkexport, or
    GET /api/practice/export) into this installation: every client, record,
    note, report and the access log, exactly as exported. Meant for an empty
    installation; refused when the practice or one of its practitioners
    already exists here. All or nothing: on any error nothing is stored.
    The export holds no passwords: every active practitioner gets a
    one-time set-password link (valid 7 days, printed once; PUBLIC_URL
    makes its address). Lost links: the owner sends a new invitation
    under Team.`;

/** `cli import <file>`: prints what was restored, or one line saying why not. */
export async function importCommand(
  args: string[],
  withDatabase: (work: (ds: DataSource) => Promise<number>) => Promise<number>,
): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) {
    console.error('import needs exactly one file: the practice export ZIP.');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`${file} does not exist.`);
    return 2;
  }
  return withDatabase(async (dataSource) => {
    try {
      const result = await importPracticeExport(
        dataSource,
        file,
        configFromEnvironment().publicUrl,
      );
      console.log(
        `Imported practice "${result.practice.name}" (${result.practice.id}): ${result.clients} clients.`,
      );
      for (const table of result.tables)
        console.log(`  ${table.name.padEnd(24)} ${table.rows} rows`);
      console.log(
        '\nPasswords do not travel in an export. Give each person their own link (shown once, valid until the date given):',
      );
      for (const link of result.setPasswordLinks)
        console.log(`  ${link.email}  ${link.url}  (until ${link.expiresAt})`);
      return 0;
    } catch (error) {
      if (!(error instanceof PracticeImportError)) throw error;
      console.error(`Import refused: ${error.message} Nothing was stored.`);
      return 1;
    }
  });
}
