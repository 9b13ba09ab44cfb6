/** One page of a server-side paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
  /**
   * Set (true) when `total` is the database's estimate rather than a count:
   * the client list estimates above a few thousand matches, where an exact
   * count would cost more than the page itself.
   */
  totalEstimated?: boolean;
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
