import type { ParamMap, Params } from '@angular/router';
import {
  CLIENT_SORTS,
  CLIENT_STATUSES,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ClientListQuery,
  type ClientSort,
  type ClientStatus,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';

/** Everything that decides which clients the list shows: the URL's state. */
export interface ClientListParams {
  search: string;
  status: ClientStatus | null;
  practitionerId: string | null;
  focusDomain: DomainId | null;
  tag: string;
  sort: ClientSort;
  page: number;
  pageSize: number;
}

export const DEFAULT_LIST_PARAMS: ClientListParams = {
  search: '',
  status: null,
  practitionerId: null,
  focusDomain: null,
  tag: '',
  sort: 'name',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * Reads the list's state from the query string. Anything unknown or out of
 * range (an old bookmark, a hand-edited URL) falls back to the default
 * rather than sending the API a request it refuses.
 */
export function paramsFromQuery(query: ParamMap): ClientListParams {
  const text = (name: string) => query.get(name)?.trim() ?? '';
  const oneOf = <T extends string>(name: string, allowed: readonly T[]) => {
    const value = text(name);
    return allowed.includes(value as T) ? (value as T) : null;
  };
  return {
    search: text('search').slice(0, 100),
    status: oneOf('status', CLIENT_STATUSES),
    practitionerId: text('practitionerId') || null,
    focusDomain: oneOf('focusDomain', DOMAIN_IDS),
    tag: text('tag').slice(0, 40),
    sort: oneOf('sort', CLIENT_SORTS) ?? DEFAULT_LIST_PARAMS.sort,
    page: wholeNumber(text('page'), 1, 100_000) ?? 1,
    pageSize:
      wholeNumber(text('pageSize'), 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
}

/** The query string for a state; defaults are left out to keep URLs short. */
export function queryFromParams(params: ClientListParams): Params {
  const query: Params = {};
  for (const key of Object.keys(params) as (keyof ClientListParams)[]) {
    const value = params[key];
    if (value !== null && value !== '' && value !== DEFAULT_LIST_PARAMS[key]) {
      query[key] = String(value);
    }
  }
  return query;
}

/** The API request for a state. */
export function toListQuery(params: ClientListParams): ClientListQuery {
  return {
    search: params.search || undefined,
    status: params.status ?? undefined,
    practitionerId: params.practitionerId ?? undefined,
    focusDomain: params.focusDomain ?? undefined,
    tag: params.tag || undefined,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** True when a search or filter narrows the list (sort and page do not). */
export function hasFilters(params: ClientListParams): boolean {
  return (
    params.search !== '' ||
    params.status !== null ||
    params.practitionerId !== null ||
    params.focusDomain !== null ||
    params.tag !== ''
  );
}

export function sameParams(a: ClientListParams, b: ClientListParams): boolean {
  return (Object.keys(a) as (keyof ClientListParams)[]).every(
    (key) => a[key] === b[key],
  );
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
