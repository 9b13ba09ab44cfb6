import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

export interface TableShape {
  name: string;
  columns: string[];
  /** Primary-key columns: the order rows are copied in. */
  key: string[];
}

/**
 * The product's tables, parents before children (foreign keys), each with its
 * stored columns in order. `migrations` is left out: restore runs them itself.
 */
export async function appTables(client: Client): Promise<TableShape[]> {
  const { rows } = await client.query<TableShape>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            coalesce((SELECT array_agg(k.attname::text ORDER BY k.attnum)
                        FROM pg_index i
                        JOIN pg_attribute k ON k.attrelid = i.indrelid
                                           AND k.attnum = ANY(i.indkey)
                       WHERE i.indrelid = c.oid AND i.indisprimary),
                     '{}') AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
                          AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind = 'r' AND c.relname <> 'migrations'
      GROUP BY c.oid, c.relname ORDER BY c.relname`,
  );
  const { rows: links } = await client.query<{
    child: string;
    parent: string;
  }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
       FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  return dependencyOrder(rows, links);
}

function dependencyOrder(
  tables: TableShape[],
  links: { child: string; parent: string }[],
): TableShape[] {
  const done = new Set<string>();
  const ordered: TableShape[] = [];
  const visit = (table: TableShape, path: string[]) => {
    if (done.has(table.name)) return;
    if (path.includes(table.name))
      throw new Error(`Foreign keys form a cycle: ${path.join(' -> ')}`);
    for (const link of links.filter((l) => l.child === table.name)) {
      const parent = tables.find((t) => t.name === link.parent);
      if (parent) visit(parent, [...path, table.name]);
    }
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}

/** The rows of a table as COPY text, in primary-key order: the same data gives the same bytes. */
export function copyOutSql(table: TableShape): string {
  const cols = table.columns.map(quote).join(', ');
  return `COPY (SELECT ${cols} FROM ${quote(table.name)} ORDER BY ${orderBy(table)}) TO STDOUT`;
}

export function copyInSql(table: TableShape): string {
  return `COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`;
}

/** The primary key; every column for a table without one. */
function orderBy(table: TableShape): string {
  if (table.key.length > 0) return table.key.map(quote).join(', ');
  return table.columns.map((_, i) => String(i + 1)).join(', ');
}

export function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Output settings that make COPY text identical on every server and session. */
export async function fixOutputSettings(client: Client): Promise<void> {
  await client.query(
    `SET TIME ZONE 'UTC'; SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres';
     SET extra_float_digits = 1; SET bytea_output = 'hex'`,
  );
}

export interface TableSum {
  rows: number;
  sha256: string;
}

/** Streams a table's COPY text through `sink` (if any), counting rows and hashing. */
export async function copyOut(
  client: Client,
  table: TableShape,
  sink?: (chunk: Buffer) => Promise<void>,
): Promise<TableSum> {
  const hash = createHash('sha256');
  let rows = 0;
  const stream = client.query(copyTo(copyOutSql(table)));
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (const byte of chunk) if (byte === 0x0a) rows += 1;
    if (sink) await sink(chunk);
  }
  return { rows, sha256: hash.digest('hex') };
}
