import { DEFAULT_PAGE_SIZE } from '@herstelkompas/contracts';
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
  qb.orderBy(column, direction, nulls);
  // Equal scores or dates read alphabetically, as a person would look them up.
  if (column !== 'c.sortName') qb.addOrderBy('c.sortName', 'ASC');
  return qb.addOrderBy('c.id', 'ASC');
}

/** Applies the list's filters, order and page to a query over accessible clients. */
export async function listClients(
  qb: SelectQueryBuilder<Client>,
  query: ListClientsDto,
): Promise<{ items: Client[]; total: number }> {
  filterClients(qb, query);
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  // A plain count(*): getManyAndCount's COUNT(DISTINCT id) sorts every
  // visible client, the slowest part of a list page at 50,000 clients.
  // The query has no joins, so no row can be counted twice.
  const counted = await qb
    .clone()
    .orderBy()
    .select('count(*)::int', 'total')
    .getRawOne<{ total: number }>();
  const items = await qb
    .offset(((query.page ?? 1) - 1) * pageSize)
    .limit(pageSize)
    .getMany();
  return { items, total: counted?.total ?? 0 };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
