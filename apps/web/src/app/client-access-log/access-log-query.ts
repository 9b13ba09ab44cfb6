import type { ParamMap, Params } from '@angular/router';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type AccessLogQuery,
} from '@herstelkompas/contracts';

/** The log's period and page, as kept in the URL (dates ISO, inclusive). */
export interface LogParams {
  from: string | null;
  to: string | null;
  /** Only what this person did. */
  practitionerId: string | null;
  /** Only this NEN 7513 action. */
  action: AuditAction | null;
  page: number;
  pageSize: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\w-]{1,64}$/;

const isAction = (value: string | null): value is AuditAction =>
  (AUDIT_ACTIONS as readonly (string | null)[]).includes(value);

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
    practitionerId: ID.test(query.get('wie') ?? '') ? query.get('wie') : null,
    action: isAction(query.get('actie'))
      ? (query.get('actie') as AuditAction)
      : null,
    page: whole('page', 100_000, 1),
    pageSize: whole('pageSize', MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  };
}

export function logQueryParams(params: LogParams): Params {
  return {
    from: params.from ?? undefined,
    to: params.to ?? undefined,
    wie: params.practitionerId ?? undefined,
    actie: params.action ?? undefined,
    page: params.page === 1 ? undefined : params.page,
    pageSize:
      params.pageSize === DEFAULT_PAGE_SIZE ? undefined : params.pageSize,
  };
}

export function toLogQuery(params: LogParams): AccessLogQuery {
  return {
    from: params.from ?? undefined,
    to: params.to ?? undefined,
    practitionerId: params.practitionerId ?? undefined,
    action: params.action ?? undefined,
    page: params.page,
    pageSize: params.pageSize,
  };
}

export function sameLogParams(a: LogParams, b: LogParams): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.practitionerId === b.practitionerId &&
    a.action === b.action &&
    a.page === b.page &&
    a.pageSize === b.pageSize
  );
}
