import type { ClientSummary } from '@herstelkompas/contracts';
import { DEFAULT_PAGE_SIZE } from '@herstelkompas/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth-context';
import { foldText } from '../common/fold-text';
import { dueInstant } from '../follow-ups/follow-up-time';
import { visibleClientsSql } from './client-access';
import { toClientSummary } from './client-mapper';
import { CLIENT_COLUMNS, type ClientRow, fromClientRow } from './client-row';
import type { ListClientsDto } from './dto/list-clients.dto';
import { EXACT_COUNT_LIMIT } from './list-clients';

/**
 * The client list page as plain SQL: one statement reads the page, its side
 * facts (responsible practitioner's name, next appointment, next follow-up,
 * unread messages) and the count capped at EXACT_COUNT_LIMIT + 1; a second,
 * only when the cap is reached, asks the planner for its estimate.
 *
 * Each statement costs the API far more CPU (building, sending, parsing)
 * than PostgreSQL needs to run it, so the six statements the list used to
 * send through the query builder are two at most here. The filters and
 * orders are those of `filterClients` (list-clients.ts), which the CSV
 * export keeps using; the list spec holds both to the same answers.
 */

/** ORDER BY per sort; the columns exist both on `clients c` and on the page read from it. */
const ORDER: Record<string, { column: string; dir: string; nulls?: string }> = {
  name: { column: 'sort_name', dir: 'ASC' },
  '-name': { column: 'sort_name', dir: 'DESC' },
  lastActivity: { column: 'last_activity_at', dir: 'ASC' },
  '-lastActivity': { column: 'last_activity_at', dir: 'DESC' },
  score: { column: 'max_score', dir: 'ASC', nulls: 'NULLS LAST' },
  '-score': { column: 'max_score', dir: 'DESC', nulls: 'NULLS LAST' },
  created: { column: 'created_at', dir: 'ASC' },
  '-created': { column: 'created_at', dir: 'DESC' },
};

/**
 * Each order column as an expression no index holds. While searching,
 * ordering by the bare column lets the planner walk the order's index and
 * test every client against the words (0.4 s for a rare name among 50,000);
 * the expression makes it take the trigram index and sort only the matches.
 */
const UNINDEXED: Record<string, string> = {
  sort_name: `(c.sort_name || '')`,
  last_activity_at: `(c.last_activity_at + interval '0')`,
  max_score: '(c.max_score + 0)',
  created_at: `(c.created_at + interval '0')`,
};

function orderBy(sort: string | undefined, searching: boolean): string {
  const order =
    ORDER[sort ?? 'name'] ?? (ORDER['name'] as { column: string; dir: string });
  const first = searching
    ? (UNINDEXED[order.column] ?? `c.${order.column}`)
    : `c.${order.column}`;
  const parts = [
    `${first} ${order.dir}${order.nulls ? ` ${order.nulls}` : ''}`,
  ];
  // Equal scores or dates read alphabetically, as a person would look them up.
  if (order.column !== 'sort_name') parts.push('c.sort_name ASC');
  parts.push('c.id ASC');
  return parts.join(', ');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** WHERE over `clients c`: the caller's clients and the list's filters; params from $1 on. */
export function clientListWhere(
  ctx: AuthContext,
  query: ListClientsDto,
  params: unknown[],
): { where: string; searching: boolean } {
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [visibleClientsSql(ctx, params)];
  const terms = foldText(query.search ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  // Every word must match somewhere in names or email; the trigram index serves LIKE '%…%'.
  for (const term of terms)
    conditions.push(`c.search_text LIKE ${param(`%${escapeLike(term)}%`)}`);
  if (query.status === 'unarchived') conditions.push("c.status <> 'archived'");
  else if (query.status) conditions.push(`c.status = ${param(query.status)}`);
  // "Alle lopende": a completed client is no longer in care.
  else conditions.push("c.status NOT IN ('archived', 'completed')");
  if (query.practitionerId)
    conditions.push(
      `c.responsible_practitioner_id = ${param(query.practitionerId)}`,
    );
  if (query.focusDomain)
    conditions.push(`${param(query.focusDomain)} = ANY(c.focus_domains)`);
  if (query.tag) conditions.push(`${param(query.tag)} = ANY(c.tags)`);
  return { where: conditions.join(' AND '), searching: terms.length > 0 };
}

interface PageRow extends ClientRow {
  capped_total: number;
  responsible_name: string | null;
  next_appointment_at: Date | null;
  next_due_on: string | null;
  unread: number;
}

export interface ClientListPage {
  items: ClientSummary[];
  total: number;
  estimated: boolean;
}

export async function readClientList(
  manager: EntityManager,
  ctx: AuthContext,
  query: ListClientsDto,
  now = new Date(),
): Promise<ClientListPage> {
  const params: unknown[] = [];
  const { where, searching } = clientListWhere(ctx, query, params);
  const filterParams = params.length;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  params.push(((query.page ?? 1) - 1) * pageSize, pageSize, now);
  const [offset, limit, at] = [
    `$${filterParams + 1}`,
    `$${filterParams + 2}`,
    `$${filterParams + 3}`,
  ];
  // The count is the outer row, so an empty page (past the end) still has it.
  // Side facts are per-row subqueries on the page's 25 ids, each an index
  // lookup by client id; the practice condition keeps them inside the practice.
  const rows: PageRow[] = await manager.query(
    `SELECT counted.capped_total, ${CLIENT_COLUMNS},
        coalesce(p.display_name, '') AS responsible_name,
        (SELECT min(a.start_at) FROM appointments a
          WHERE a.client_id = c.id AND a.practice_id = c.practice_id
            AND a.status = 'planned' AND a.start_at > ${at}) AS next_appointment_at,
        (SELECT to_char(f.next_due_on, 'YYYY-MM-DD') FROM follow_up_schedules f
          WHERE f.client_id = c.id AND f.practice_id = c.practice_id) AS next_due_on,
        (SELECT count(*)::int FROM portal_messages m
          WHERE m.client_id = c.id AND m.practice_id = c.practice_id
            AND m.author = 'client' AND m.read_at IS NULL) AS unread
       FROM (SELECT count(*)::int AS capped_total FROM
              (SELECT 1 FROM clients c WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped
            ) counted
       LEFT JOIN (SELECT c.* FROM clients c WHERE ${where}
                   ORDER BY ${orderBy(query.sort, searching)}
                  OFFSET ${offset} LIMIT ${limit}) c ON true
       LEFT JOIN practitioners p ON p.id = c.responsible_practitioner_id
      ORDER BY ${orderBy(query.sort, false)}`,
    params,
  );
  const capped = rows[0]?.capped_total ?? 0;
  const items = rows
    .filter((row) => row.id !== null)
    .map((row) => ({
      ...toClientSummary(fromClientRow(row), {
        id: row.responsible_practitioner_id,
        displayName: row.responsible_name ?? '',
      }),
      nextAppointmentAt: row.next_appointment_at?.toISOString() ?? null,
      nextFollowUpAt: row.next_due_on
        ? dueInstant(row.next_due_on).toISOString()
        : null,
      unreadMessages: row.unread,
    }));
  if (capped <= EXACT_COUNT_LIMIT)
    return { items, total: capped, estimated: false };
  // Past the cap: the planner's row estimate for the same filters, never less than the cap.
  const [plan]: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] =
    await manager.query(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM clients c WHERE ${where}`,
      params.slice(0, filterParams),
    );
  const estimate = Math.round(plan?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return { items, total: Math.max(estimate, capped), estimated: true };
}
