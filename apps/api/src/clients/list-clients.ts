import type { SelectQueryBuilder } from 'typeorm';
import type { Client } from './client.entity';
import type { ListClientsDto } from './dto/list-clients.dto';
import { foldText } from '../common/fold-text';

const ORDER: Record<
  string,
  [string, 'ASC' | 'DESC', ('NULLS FIRST' | 'NULLS LAST')?]
> = {
  name: ['c.sortName', 'ASC'],
  '-name': ['c.sortName', 'DESC'],
  lastActivity: ['c.lastActivityAt', 'ASC'],
  '-lastActivity': ['c.lastActivityAt', 'DESC'],
  score: ['c.maxScore', 'ASC', 'NULLS LAST'],
  '-score': ['c.maxScore', 'DESC', 'NULLS LAST'],
  created: ['c.createdAt', 'ASC'],
  '-created': ['c.createdAt', 'DESC'],
};

/** Each order column as an expression with the same order that no index serves. */
const UNINDEXED: Record<string, string> = {
  'c.sortName': `(c.sort_name || '')`,
  'c.lastActivityAt': `(c.last_activity_at + interval '0')`,
  'c.maxScore': '(c.max_score + 0)',
  'c.createdAt': `(c.created_at + interval '0')`,
};

/** The list's filters: what `GET /api/clients` and the CSV export share. */
export type ClientFilters = Omit<ListClientsDto, 'page' | 'pageSize'>;

/** Applies the list's filters and order to a query over accessible clients. */
export function filterClients(
  qb: SelectQueryBuilder<Client>,
  query: ClientFilters,
): SelectQueryBuilder<Client> {
  const terms = foldText(query.search ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  // Every word must match somewhere in names or email; the trigram index serves LIKE '%…%'.
  terms.forEach((term, i) =>
    qb.andWhere(`c.search_text LIKE :term${i}`, {
      [`term${i}`]: `%${escapeLike(term)}%`,
    }),
  );
  if (query.status === 'unarchived') qb.andWhere("c.status <> 'archived'");
  else if (query.status)
    qb.andWhere('c.status = :status', { status: query.status });
  // "Alle lopende": a completed client is no longer in care.
  else qb.andWhere("c.status NOT IN ('archived', 'completed')");
  if (query.practitionerId)
    qb.andWhere('c.responsible_practitioner_id = :pid', {
      pid: query.practitionerId,
    });
  if (query.focusDomain)
    qb.andWhere(':focus = ANY(c.focus_domains)', { focus: query.focusDomain });
  if (query.tag) qb.andWhere(':tag = ANY(c.tags)', { tag: query.tag });

  const [column, direction, nulls] =
    ORDER[query.sort ?? 'name'] ?? (ORDER['name'] as [string, 'ASC']);
  // While searching, ordering by the bare column lets the planner walk the
  // order's index and test every client against the words: 0.4 s for a rare
  // name among 50,000. The same order as an expression no index holds makes
  // it take the trigram index and sort only the matches (about 2 ms).
  qb.orderBy(
    terms.length ? (UNINDEXED[column] ?? column) : column,
    direction,
    nulls,
  );
  // Equal scores or dates read alphabetically, as a person would look them up.
  if (column !== 'c.sortName') qb.addOrderBy('c.sortName', 'ASC');
  return qb.addOrderBy('c.id', 'ASC');
}

/**
 * Up to this many matches the list's total is an exact count; above it, the
 * planner's estimate (flagged `totalEstimated`). Counting every one of 50,000
 * visible clients cost more than reading the page; counting to this cap reads
 * at most this many index entries (client-list-query.ts).
 */
export const EXACT_COUNT_LIMIT = 2_000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
