import type { Response } from 'light-my-request';
import type { DataSource } from 'typeorm';
import { pdfText } from './pdf-text';
import type { Side } from './tenant-policy';
import type { TenantWorld } from './tenant-world';
import { unzip } from './unzip';

/** A response as a person would read it: JSON or CSV text, a PDF's text, every file of a ZIP. */
export async function readable(
  response: Response,
  /** Leaves out lines of a ZIP's files that may show what is not the caller's, on purpose. */
  skip: (file: string, line: string) => boolean = () => false,
): Promise<string> {
  const type = String(response.headers['content-type'] ?? '');
  const raw = response.rawPayload;
  if (type.includes('application/pdf')) return pdfText(raw);
  if (!type.includes('application/zip')) return raw.toString('utf8');
  const files = await unzip(raw);
  return [...files]
    .map(([name, content]) =>
      name.endsWith('.pdf')
        ? pdfText(content)
        : content
            .toString('utf8')
            .split('\n')
            .filter((line) => !skip(name, line))
            .join('\n'),
    )
    .join('\n');
}

/**
 * Columns the job queue changes on its own, whenever it gets to them: a
 * mail written by an earlier, allowed request is sent (or kept unsent)
 * while a later cell runs. The mail itself, who it is for and what it
 * says, still counts.
 */
const MOVING: Record<string, string[]> = {
  mail_messages: [
    'status',
    'attempts',
    'last_error',
    'sent_at',
    'link',
    'updated_at',
  ],
};

/**
 * Everything a practice holds, row by row: its practice and people, every
 * row of every table with a client_id for its clients (found in the schema,
 * so new tables are covered), note addenda and its access log. A denied
 * request must leave it exactly as it was.
 */
export class Fingerprints {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
  ) {}

  static async load(dataSource: DataSource): Promise<Fingerprints> {
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT DISTINCT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'client_id'
          AND table_name <> 'audit_events' ORDER BY table_name`,
    );
    const mine = 'SELECT id FROM clients WHERE practice_id = $1';
    const parts = [
      `SELECT 'practices ' || to_jsonb(x)::text AS r FROM practices x WHERE id = $1`,
      `SELECT 'practitioners ' || to_jsonb(x)::text FROM practitioners x WHERE practice_id = $1`,
      `SELECT 'clients ' || to_jsonb(x)::text FROM clients x WHERE practice_id = $1`,
      // Append-only (a trigger refuses changes), so its size says whether a line was added.
      // A refused request on a client leaves exactly one line by design, checked on its own.
      `SELECT 'audit_events ' || count(*) FROM audit_events x WHERE (practice_id = $1 OR client_id IN (${mine})) AND event <> 'client.access_denied'`,
      `SELECT 'session_note_addenda ' || to_jsonb(x)::text FROM session_note_addenda x
        WHERE note_id IN (SELECT id FROM session_notes WHERE client_id IN (${mine}))`,
      ...tables.map(
        ({ table_name: name }) =>
          `SELECT '${name} ' || (to_jsonb(x)${(MOVING[name] ?? []).map((c) => ` - '${c}'`).join('')})::text FROM "${name}" x WHERE client_id IN (${mine})`,
      ),
    ];
    return new Fingerprints(
      dataSource,
      // Per table: how many rows and a hash of them, so the comparison stays small.
      `SELECT t || ' ' || count(*) || ' ' || md5(string_agg(r, '|' ORDER BY r)) AS r
         FROM (SELECT split_part(r, ' ', 1) AS t, r FROM (${parts.join(' UNION ALL ')}) u) rows
        GROUP BY t ORDER BY t`,
    );
  }

  async take(sides: Side[], world: TenantWorld): Promise<string[]> {
    const rows: string[] = [];
    for (const side of sides) {
      const found: { r: string }[] = await this.dataSource.query(this.sql, [
        world.practiceIds[side],
      ]);
      rows.push(...found.map((f) => f.r));
    }
    return rows;
  }

  /** The tables that changed, or null when nothing did. */
  diff(before: string[], after: string[]): string | null {
    const was = new Set(before);
    const is = new Set(after);
    const changed = [
      ...before.filter((r) => !is.has(r)),
      ...after.filter((r) => !was.has(r)),
    ];
    if (!changed.length) return null;
    return [...new Set(changed.map((r) => r.split(' ')[0]))].join(', ');
  }
}
