import type { ParamMap, Params } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type AccessLogQuery,
} from '@herstelkompas/contracts';

/** The log's period and page, as kept in the URL (dates ISO, inclusive). */
export interface LogParams {
  from: string | null;
  to: string | null;
  page: number;
  pageSize: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function logParamsFrom(query: ParamMap): LogParams {
  const date = (name: string) => {
    const value = query.get(name) ?? '';
    return ISO_DATE.test(value) ? value : null;
  };
  const whole = (name: string, max: number, fallback: number) => {
    const value = Number(query.get(name));
    return Number.isInteger(value) && value >= 1 && value <= max
      ? value
      : fallback;
  };
  return {
    from: date('from'),
    to: date('to'),
    page: whole('page', 100_000, 1),
    pageSize: whole('pageSize', MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  };
}

export function logQueryParams(params: LogParams): Params {
  return {
    from: params.from ?? undefined,
    to: params.to ?? undefined,
    page: params.page === 1 ? undefined : params.page,
    pageSize:
      params.pageSize === DEFAULT_PAGE_SIZE ? undefined : params.pageSize,
  };
}

export function toLogQuery(params: LogParams): AccessLogQuery {
  return {
    from: params.from ?? undefined,
    to: params.to ?? undefined,
    page: params.page,
    pageSize: params.pageSize,
  };
}

export function sameLogParams(a: LogParams, b: LogParams): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.page === b.page &&
    a.pageSize === b.pageSize
  );
}
