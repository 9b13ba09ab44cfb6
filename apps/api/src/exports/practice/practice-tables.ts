import type { EntityManager } from 'typeorm';

/**
 * Tables that stay in this installation: sign-in sessions, throttling
 * counters, the migration bookkeeping, and the credentials of two-step
 * sign-in (keyed to this installation's secret, useless anywhere else; after
 * an import everyone enrols again, as the practice's rule requires). Every
 * other table belongs to a practice and travels in its export; a test fails
 * when a new table is in neither group, so nothing is left behind unnoticed.
 */
export const TRANSIENT_TABLES = new Set([
  'migrations',
  'sessions',
  'login_attempts',
  'rate_limit_hits',
  'pending_sign_ins',
  'mfa_recovery_codes',
]);

/** Columns that stay behind for the same reason: two-step sign-in secrets. */
export const TRANSIENT_COLUMNS: Record<string, string[]> = {
  practitioners: [
    'mfa_secret',
    'mfa_pending_secret',
    'mfa_enabled_at',
    'mfa_last_step',
  ],
};

/** A practice's table with the columns a restore writes (generated ones excluded). */
export interface PracticeTable {
  name: string;
  columns: string[];
  /** `id` for the practices table itself, `practice_id` for the rest. */
  practiceColumn: 'id' | 'practice_id';
  /** Columns left out of the export (see TRANSIENT_COLUMNS). */
  omitted: string[];
}

/**
 * The practice's tables read from the database itself, parents before
 * children (by foreign key), so a restore can insert them in this order.
 */
export async function practiceTables(
  manager: EntityManager,
): Promise<PracticeTable[]> {
  const columns: { table_name: string; column_name: string }[] =
    await manager.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND is_generated = 'NEVER'
        ORDER BY table_name, ordinal_position`,
    );
  const edges: { child: string; parent: string }[] = await manager.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    if (TRANSIENT_TABLES.has(table_name)) continue;
    if (TRANSIENT_COLUMNS[table_name]?.includes(column_name)) continue;
    byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
  }
  const unscoped = [...byTable].filter(
    ([name, cols]) => name !== 'practices' && !cols.includes('practice_id'),
  );
  if (unscoped.length)
    throw new Error(
      `Tables without practice_id cannot be exported per practice: ${unscoped.map(([n]) => n).join(', ')}`,
    );
  return topological([...byTable.keys()], edges).map((name) => ({
    name,
    columns: byTable.get(name) as string[],
    practiceColumn: name === 'practices' ? 'id' : 'practice_id',
    omitted: TRANSIENT_COLUMNS[name] ?? [],
  }));
}

function topological(
  tables: string[],
  edges: { child: string; parent: string }[],
): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (table: string, path: string[]) => {
    if (placed.has(table)) return;
    if (path.includes(table))
      throw new Error(
        `Foreign keys form a cycle: ${[...path, table].join(' -> ')}`,
      );
    for (const { child, parent } of edges)
      if (child === table && parent !== table && tables.includes(parent))
        visit(parent, [...path, table]);
    placed.add(table);
    ordered.push(table);
  };
  // Alphabetical first: the same schema always gives the same order.
  for (const table of [...tables].sort()) visit(table, []);
  return ordered;
}

/** "session_notes" -> "\"session_notes\"": names come from the catalog, quoted anyway. */
export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;
