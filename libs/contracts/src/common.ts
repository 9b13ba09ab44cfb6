/** One page of a server-side paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Largest page a list endpoint returns. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Paging of a list request; the server fills in the defaults. */
export interface PageQuery {
  page?: number;
  pageSize?: number;
}
