/**
 * Prints the SQL that would bring a freshly migrated database in line with the
 * entities: the starting point of a new migration (review it, write `down`).
 * Usage: npx ts-node -P apps/api/tsconfig.app.json -r tsconfig-paths/register tools/db/schema-diff.ts
 */
import 'reflect-metadata';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureDatabase,
  startEmbeddedDatabase,
} from '../../apps/api/src/database/embedded-postgres';
import { createDataSource } from '../../apps/api/src/database/data-source';

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'hk-schema-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedDatabase({ dataDir: dir, password: 'schema' });
  try {
    await ensureDatabase(db.adminUrl, 'schema');
    const ds = createDataSource(db.urlFor('schema'));
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries) console.log(q.query + ';');
    console.log('-- down');
    for (const q of sql.downQueries.reverse()) console.log(q.query + ';');
    await ds.destroy();
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
