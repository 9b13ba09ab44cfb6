import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import {
  quote,
  tablesInDependencyOrder,
  type TableShape,
} from '../database/table-order';

export type { TableShape };

/**
 * The product's tables, parents before children (foreign keys), each with its
 * stored columns in order. `migrations` is left out: restore runs them itself.
 */
export async function appTables(client: Client): Promise<TableShape[]> {
  const tables = await tablesInDependencyOrder(
    async <T>(sql: string) => (await client.query(sql)).rows as T[],
  );
  return tables.filter((t) => t.name !== 'migrations');
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

export { quote };

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
