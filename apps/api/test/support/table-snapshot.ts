import type { DataSource } from 'typeorm';

/** Columns left out of a snapshot, per table (bookkeeping a test has justified). */
export type IgnoredColumns = Record<string, string[]>;

/**
 * One checksum per table of the public schema: two equal snapshots mean no
 * row was added, changed or removed anywhere in between.
 */
export async function tableSnapshot(
  dataSource: DataSource,
  ignored: IgnoredColumns = {},
): Promise<Record<string, string>> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      ORDER BY table_name`,
  );
  const parts = tables.map(({ name }) => {
    const minus = (ignored[name] ?? []).map((c) => ` - '${c}'`).join('');
    return `SELECT '${name}' AS name,
      md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS sum
      FROM (SELECT (to_jsonb(x)${minus})::text AS r FROM "${name}" x) rows`;
  });
  const rows: { name: string; sum: string }[] = await dataSource.query(
    parts.join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

/** The tables whose checksum differs between two snapshots. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}
