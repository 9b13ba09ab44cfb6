import type { AccessLogEntry, Page } from '@herstelkompas/contracts';
import { DEFAULT_PAGE_SIZE } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { shownLine } from '../audit/shown-line';
import { assertPracticeOwner, ClientAccess } from '../clients/client-access';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { ListAccessLogDto } from './dto/list-access-log.dto';

/** Most lines one CSV export holds; a client's record stays far below it. */
const CSV_LIMIT = 50_000;

/** Reading the access log: per client (the client's right to know) and per practitioner. Owner only. */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly lines: AuditLineBuffer,
  ) {}

  async forClient(
    ctx: RequestContext,
    clientId: string,
    query: ListAccessLogDto,
  ): Promise<Page<AccessLogEntry>> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId, {
      right: 'owner',
    });
    const page = await this.page(
      manager,
      ctx,
      this.base(manager, ctx, query).andWhere('e.client_id = :clientId', {
        clientId,
      }),
      query,
    );
    await this.lines.record(ctx, {
      event: 'access_log.read',
      action: 'R',
      part: 'access_log',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    });
    return page;
  }

  async forPractice(
    ctx: RequestContext,
    query: ListAccessLogDto,
  ): Promise<Page<AccessLogEntry>> {
    assertPracticeOwner(ctx);
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const page = await this.page(
      manager,
      ctx,
      this.base(manager, ctx, query),
      query,
    );
    // Reading who did what across the practice is itself an access to log.
    await this.lines.record(ctx, {
      event: 'access_log.read',
      action: 'R',
      part: 'access_log',
      details: {
        filters: {
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
          ...(query.practitionerId
            ? { practitionerId: query.practitionerId }
            : {}),
          ...(query.action ? { action: query.action } : {}),
        },
        page: page.page,
        resultCount: page.total,
      },
    });
    return page;
  }

  /** The client's access log as CSV (UTF-8 with BOM, `;` for Dutch Excel). */
  async clientCsv(
    ctx: RequestContext,
    clientId: string,
    query: ListAccessLogDto,
  ): Promise<string> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId, {
      right: 'owner',
    });
    const rows = await this.base(manager, ctx, query)
      .andWhere('e.client_id = :clientId', { clientId })
      .take(CSV_LIMIT)
      .getMany();
    const entries = await this.map(manager, ctx, rows);
    await this.lines.record(ctx, {
      event: 'access_log.export',
      action: 'E',
      part: 'access_log',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: { rows: entries.length },
    });
    return toCsv(entries);
  }

  private base(
    manager: EntityManager,
    ctx: RequestContext,
    query: ListAccessLogDto,
  ): SelectQueryBuilder<AuditEvent> {
    const qb = manager
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.practice_id = :practiceId', { practiceId: ctx.practiceId })
      .orderBy('e.occurredAt', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (query.from) qb.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurred_at < :to', { to: endOf(query.to) });
    if (query.practitionerId)
      qb.andWhere('e.user_id = :uid', { uid: query.practitionerId });
    if (query.action)
      qb.andWhere('e.action = :action', { action: query.action });
    return qb;
  }

  private async page(
    manager: EntityManager,
    ctx: RequestContext,
    qb: SelectQueryBuilder<AuditEvent>,
    query: ListAccessLogDto,
  ): Promise<Page<AccessLogEntry>> {
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const page = query.page ?? 1;
    const [rows, total] = await qb
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.map(manager, ctx, rows), total, page, pageSize };
  }

  private async map(
    manager: EntityManager,
    ctx: RequestContext,
    rows: AuditEvent[],
  ): Promise<AccessLogEntry[]> {
    const shown = rows.map((r) => shownLine(r, ctx.practiceId));
    const ids = [
      ...new Set(
        shown
          .flatMap((r) => [r.userId, r.onBehalfOfId])
          .filter((id): id is string => !!id),
      ),
    ];
    const name = await practitionerNames(manager, ids);
    const ref = (id: string | null) =>
      id
        ? {
            id,
            displayName: name(id).displayName,
          }
        : null;
    return shown.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      event: r.event,
      action: r.action,
      clientId: r.clientId,
      user: ref(r.userId),
      onBehalfOf: ref(r.onBehalfOfId),
      role: r.role,
      outcome: r.outcome,
      part: r.part,
      ip: r.ip,
      userAgent: r.userAgent,
      details: r.details,
    }));
  }
}

/** A bare date as `to` includes that whole day. */
function endOf(to: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(to)
    ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString()
    : to;
}

const CSV_COLUMNS = [
  'datum_tijd',
  'gebeurtenis',
  'actie',
  'gebruiker',
  'namens',
  'rol',
  'resultaat',
  'onderdeel',
  'ip_adres',
];

export function toCsv(entries: AccessLogEntry[]): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    // Quote always; neutralise spreadsheet formulas (CSV injection).
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  const lines = entries.map((e) =>
    [
      e.occurredAt,
      e.event,
      e.action,
      e.user?.displayName,
      e.onBehalfOf?.displayName,
      e.role,
      e.outcome,
      e.part,
      e.ip,
    ]
      .map(cell)
      .join(';'),
  );
  return '\uFEFF' + [CSV_COLUMNS.join(';'), ...lines].join('\r\n') + '\r\n';
}
