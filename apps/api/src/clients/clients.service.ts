import type { AuditEventCode } from '@herstelkompas/contracts';
import type {
  ClientDetail,
  ClientSummary,
  GeneralPractitioner,
  Page,
} from '@herstelkompas/contracts';
import { DEFAULT_PAGE_SIZE } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { FollowUpSchedule } from '../follow-ups/follow-up-schedule.entity';
import { nextFollowUps } from '../follow-ups/follow-up-time';
import { unreadMessages } from '../portal/unread-messages';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { Practitioner } from '../practices/practitioner.entity';
import { ClientAccess, UUID } from './client-access';
import { readClientDetail } from './client-detail-query';
import { toClientDetail } from './client-mapper';
import { ClientShare } from './client-share.entity';
import { Client } from './client.entity';
import { CreateClientDto } from './dto/create-client.dto';
import { ListClientsDto } from './dto/list-clients.dto';
import { UpdateClientDto } from './dto/update-client.dto';
import { readClientList } from './client-list-query';
import { loggedFilters } from './logged-filters';
import { searchTextFor, sortNameFor } from './search-text';

@Injectable()
export class ClientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
  ) {}

  /**
   * Reads run outside a transaction (each statement sees committed data, as
   * in READ COMMITTED); the line is committed through the line buffer before
   * the answer leaves.
   */
  async list(
    ctx: RequestContext,
    query: ListClientsDto,
  ): Promise<Page<ClientSummary>> {
    const page = await readClientList(this.dataSource.manager, ctx, query);
    await this.lines.record(ctx, {
      event: 'client.search',
      action: 'E',
      part: 'list',
      details: {
        filters: loggedFilters({ ...query }),
        resultCount: page.total,
        ...(page.estimated ? { estimated: true } : {}),
      },
    });
    return {
      items: page.items,
      total: page.total,
      ...(page.estimated ? { totalEstimated: true } : {}),
      page: query.page ?? 1,
      pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    };
  }

  async get(ctx: RequestContext, id: string): Promise<ClientDetail> {
    const manager = this.dataSource.manager;
    if (!UUID.test(id)) throw new ApiError(404, 'not_found');
    const detail = await readClientDetail(manager, ctx, id);
    if (!detail) throw await this.access.refusal(manager, id);
    await this.lines.record(ctx, {
      event: 'client.read',
      action: 'R',
      part: 'profile',
      clientId: detail.id,
      onBehalfOfId: detail.responsiblePractitioner.id,
    });
    return detail;
  }

  async create(
    ctx: RequestContext,
    dto: CreateClientDto,
  ): Promise<ClientDetail> {
    return this.dataSource.transaction(async (manager) => {
      const responsibleId = dto.responsiblePractitionerId ?? ctx.practitionerId;
      await this.assertAssignable(manager, ctx, responsibleId);
      const client = manager.create(Client, {
        practiceId: ctx.practiceId,
        responsiblePractitionerId: responsibleId,
        firstName: dto.firstName,
        lastName: dto.lastName,
        dateOfBirth: dto.dateOfBirth,
        email: dto.email.toLowerCase(),
        phone: dto.phone ?? null,
        preferredLanguage: dto.preferredLanguage ?? 'nl',
        painLocation: dto.painLocation ?? null,
        painDuration: dto.painDuration ?? null,
        referralSource: dto.referralSource ?? null,
        gp: storedGp(dto.gp),
        tags: normaliseTags(dto.tags),
        legalBasis: dto.legalBasis ?? 'explicit_consent',
        sortName: sortNameFor(dto),
        searchText: searchTextFor(dto),
      });
      const saved = await manager.save(client);
      await this.audit.record(
        manager,
        ctx,
        this.entry('client.create', 'C', saved, 'profile'),
      );
      return this.detail(manager, saved);
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateClientDto,
  ): Promise<ClientDetail> {
    return this.dataSource.transaction(async (manager) => {
      // The record itself is the responsible practitioner's and the owner's:
      // a colleague it is shared with works in it, but cannot take it over.
      const client = await this.access.find(manager, ctx, id, {
        lock: true,
        right: 'manage',
      });
      if (client.version !== dto.version) throw new ApiError(409, 'conflict');
      if (client.status === 'archived' && dto.status)
        throw new ApiError(409, 'conflict');
      const { version: _version, ...changes } = dto;
      if (
        changes.responsiblePractitionerId &&
        changes.responsiblePractitionerId !== client.responsiblePractitionerId
      ) {
        await this.assertAssignable(
          manager,
          ctx,
          changes.responsiblePractitionerId,
        );
      }
      const changed = Object.keys(changes).filter(
        (key) => changes[key as keyof typeof changes] !== undefined,
      );
      Object.assign(client, stripUndefined(changes));
      if (changes.gp !== undefined) client.gp = storedGp(changes.gp);
      if (changes.email) client.email = changes.email.toLowerCase();
      if (changes.tags) client.tags = normaliseTags(changes.tags);
      client.sortName = sortNameFor(client);
      client.searchText = searchTextFor(client);
      const saved = await manager.save(client);
      await this.audit.record(manager, ctx, {
        ...this.entry('client.update', 'U', saved, 'profile'),
        details: { fields: changed },
      });
      return this.detail(manager, saved);
    });
  }

  /** Archive or restore; a restored client is active again once they have had an intake. */
  async setArchived(
    ctx: RequestContext,
    id: string,
    archived: boolean,
  ): Promise<ClientDetail> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, id, {
        lock: true,
        right: 'manage',
      });
      // An archived client is sent nothing: the schedule stops with the record.
      if (archived)
        await manager.delete(FollowUpSchedule, { clientId: client.id });
      client.status = archived
        ? 'archived'
        : client.latestScores
          ? 'active'
          : 'intake_pending';
      const saved = await manager.save(client);
      await this.audit.record(
        manager,
        ctx,
        this.entry(
          archived ? 'client.archive' : 'client.restore',
          'U',
          saved,
          'status',
        ),
      );
      return this.detail(manager, saved);
    });
  }

  /** Destruction on request (WGBO 7:455): everything goes; a content-free log line stays. */
  async erase(ctx: RequestContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, id, {
        lock: true,
        right: 'owner',
      });
      await manager.delete(Client, { id: client.id });
      await this.audit.record(manager, ctx, {
        ...this.entry('client.erase', 'D', client, 'record'),
        details: { reason: 'destroyed_on_request' },
      });
    });
  }

  async setShares(
    ctx: RequestContext,
    id: string,
    practitionerIds: string[],
  ): Promise<ClientDetail> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, id, {
        lock: true,
        right: 'manage',
      });
      const wanted = [...new Set(practitionerIds)].filter(
        (pid) => pid !== client.responsiblePractitionerId,
      );
      const found = wanted.length
        ? await manager.countBy(Practitioner, {
            id: In(wanted),
            practiceId: ctx.practiceId,
          })
        : 0;
      if (found !== wanted.length)
        throw new ValidationFailed([
          { field: 'practitionerIds', code: 'not_in_practice' },
        ]);
      await manager.delete(ClientShare, { clientId: client.id });
      if (wanted.length) {
        await manager.insert(
          ClientShare,
          wanted.map((practitionerId) => ({
            clientId: client.id,
            practitionerId,
            practiceId: ctx.practiceId,
          })),
        );
      }
      await this.audit.record(manager, ctx, {
        ...this.entry('client.share', 'U', client, 'sharing'),
        details: { practitionerIds: wanted },
      });
      return this.detail(manager, client);
    });
  }

  private entry(
    event: AuditEventCode,
    action: 'C' | 'R' | 'U' | 'D',
    client: Client,
    part: string,
  ) {
    return {
      event,
      action,
      part,
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    };
  }

  private async detail(
    manager: EntityManager,
    client: Client,
  ): Promise<ClientDetail> {
    const shares = await manager.find(ClientShare, {
      where: { clientId: client.id },
    });
    const names = await practitionerNames(manager, [
      client.responsiblePractitionerId,
      ...shares.map((s) => s.practitionerId),
    ]);
    const followUps = await nextFollowUps(manager, client.practiceId, [
      client.id,
    ]);
    const unread = await unreadMessages(manager, client.practiceId, [
      client.id,
    ]);
    return {
      ...toClientDetail(
        client,
        names(client.responsiblePractitionerId),
        shares.map((s) => names(s.practitionerId)),
      ),
      nextFollowUpAt: followUps.get(client.id) ?? null,
      unreadMessages: unread.get(client.id) ?? 0,
    };
  }

  /** A practitioner assigns clients to themselves; the owner to anyone active in the practice. */
  private async assertAssignable(
    manager: EntityManager,
    ctx: RequestContext,
    practitionerId: string,
  ): Promise<void> {
    if (ctx.role !== 'owner' && practitionerId !== ctx.practitionerId) {
      throw new ValidationFailed([
        { field: 'responsiblePractitionerId', code: 'owner_only' },
      ]);
    }
    const ok = await manager.existsBy(Practitioner, {
      id: practitionerId,
      practiceId: ctx.practiceId,
      active: true,
    });
    if (!ok)
      throw new ValidationFailed([
        { field: 'responsiblePractitionerId', code: 'not_in_practice' },
      ]);
  }
}

function normaliseTags(tags: string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim()).filter(Boolean))];
}

/** The GP as stored: all four parts, or null when none is known. */
function storedGp(
  gp: GeneralPractitioner | null | undefined,
): GeneralPractitioner | null {
  if (!gp) return null;
  const stored = {
    name: gp.name ?? null,
    practice: gp.practice ?? null,
    phone: gp.phone ?? null,
    email: gp.email?.toLowerCase() ?? null,
  };
  return Object.values(stored).some((v) => v !== null) ? stored : null;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
