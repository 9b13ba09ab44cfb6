/** A table as the catalog describes it. */
export interface TableShape {
  name: string;
  /** Stored columns (generated ones left out), in their order. */
  columns: string[];
  /** Primary-key columns. */
  key: string[];
}

/** Runs one SQL statement and answers its rows: a pg Client or a TypeORM manager. */
export type RunQuery = <T>(sql: string) => Promise<T[]>;

/**
 * The schema's tables read from the catalog, parents before children (by
 * foreign key) and otherwise alphabetical: the order a restore or an import
 * inserts in, the same for the same schema. Backups and practice exports
 * both build on it.
 */
export async function tablesInDependencyOrder(
  run: RunQuery,
): Promise<TableShape[]> {
  const tables = await run<TableShape>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            coalesce((SELECT array_agg(k.attname::text ORDER BY k.attnum)
                        FROM pg_index i
                        JOIN pg_attribute k ON k.attrelid = i.indrelid
                                           AND k.attnum = ANY(i.indkey)
                       WHERE i.indrelid = c.oid AND i.indisprimary),
                     '{}') AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
                          AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind = 'r'
      GROUP BY c.oid, c.relname ORDER BY c.relname`,
  );
  const links = await run<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
       FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  return dependencyOrder(tables, links);
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

/** "session_notes" -> "\"session_notes\"": names come from the catalog, quoted anyway. */
export function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
