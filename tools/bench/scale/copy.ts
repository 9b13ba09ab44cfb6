import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type Cell =
  string | number | boolean | null | Date | readonly string[] | object;

/** One value in COPY's text format: \N for null, escaped specials, {a,b} for arrays. */
export function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((v) => `"${v}"`).join(',')}}`;
  const text =
    typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Streams rows into `table` with COPY, in chunks of lines, honouring
 * back-pressure so memory stays flat for millions of rows.
 */
export async function copyRows(
  db: Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Cell[]>,
): Promise<number> {
  let count = 0;
  function* lines(): Generator<string> {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(cell).join('\t') + '\n';
      count++;
      if (chunk.length > 256 * 1024) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(lines()), db.query(copyFrom(sql)));
  return count;
}

interface Deferred {
  drop: string[];
  restore: string[];
}

/**
 * Loading into bare tables and building indexes and foreign keys once at the
 * end is many times faster than keeping them up to date row by row. The
 * definitions are read from the database, so they stay what the migrations made.
 */
export async function deferIndexes(
  db: Client,
  tables: readonly string[],
): Promise<Deferred> {
  const fks = await db.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
    [tables.map((t) => `${t}`)],
  );
  const indexes = await db.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  return {
    drop: [
      ...fks.rows.map(
        (f) => `ALTER TABLE "${f.table}" DROP CONSTRAINT "${f.name}"`,
      ),
      ...indexes.rows.map((i) => `DROP INDEX "${i.name}"`),
    ],
    restore: [
      ...indexes.rows.map((i) => i.def),
      ...fks.rows.map(
        (f) => `ALTER TABLE "${f.table}" ADD CONSTRAINT "${f.name}" ${f.def}`,
      ),
    ],
  };
}
