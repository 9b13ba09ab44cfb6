import type { FollowUpScheduleView } from '@herstelkompas/contracts';
import { addCalendarDays } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { SetFollowUpScheduleDto } from './dto/set-follow-up-schedule.dto';
import { toFollowUpSchedule } from './follow-up-mapper';
import { FollowUpRunner } from './follow-up-runner';
import { FollowUpSchedule } from './follow-up-schedule.entity';
import { amsterdamToday } from './follow-up-time';

/** A client's follow-up schedule: read, set, stop. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
    private readonly runner: FollowUpRunner,
  ) {}

  async get(
    ctx: RequestContext,
    clientId: string,
  ): Promise<FollowUpScheduleView> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const row = await manager.findOneBy(FollowUpSchedule, {
      clientId: client.id,
    });
    await this.lines.record(ctx, {
      event: 'follow_up_schedule.read',
      action: 'R',
      part: 'follow_up',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    });
    return { schedule: row ? toFollowUpSchedule(row) : null };
  }

  async set(
    ctx: RequestContext,
    clientId: string,
    dto: SetFollowUpScheduleDto,
    now = new Date(),
  ): Promise<FollowUpScheduleView> {
    const today = amsterdamToday(now);
    const rule = readRule(dto, today);
    const saved = await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId, {
        lock: true,
      });
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const hasEmail = Boolean(client.email?.trim());
      if (dto.send === 'email' && !hasEmail)
        throw new ValidationFailed([
          { field: 'send', code: 'client_no_email' },
        ]);
      const existing = await manager.findOneBy(FollowUpSchedule, {
        clientId: client.id,
      });
      const row =
        existing ??
        manager.create(FollowUpSchedule, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          revision: 0,
        });
      row.everyWeeks = rule.everyWeeks;
      row.onDate = rule.on;
      row.nextDueOn = rule.on ?? addCalendarDays(today, rule.everyWeeks * 7);
      row.variant = dto.variant ?? 'follow_up';
      row.send = dto.send ?? (hasEmail ? 'email' : 'link');
      row.revision += 1;
      row.createdById = ctx.practitionerId;
      const stored = await manager.save(row);
      await this.runner.enqueue(manager, stored);
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'follow_up',
        'follow_up_schedule.update',
        existing ? 'U' : 'C',
        {
          everyWeeks: stored.everyWeeks,
          on: stored.onDate,
          send: stored.send,
          variant: stored.variant,
        },
      );
      return stored;
    });
    this.runner.wakeIfDue(saved, now);
    return { schedule: toFollowUpSchedule(saved) };
  }

  async stop(ctx: RequestContext, clientId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId, {
        lock: true,
      });
      const removed = await manager.delete(FollowUpSchedule, {
        clientId: client.id,
      });
      // Its pending job finds no schedule and does nothing.
      if (removed.affected)
        await this.audit.recordForClient(
          manager,
          ctx,
          client,
          'follow_up',
          'follow_up_schedule.delete',
          'D',
        );
    });
  }
}

/** Exactly one of the two, and a date not in the past: a message on the field. */
function readRule(
  dto: SetFollowUpScheduleDto,
  today: string,
): { everyWeeks: number; on: null } | { everyWeeks: null; on: string } {
  const hasWeeks = dto.everyWeeks !== undefined;
  const hasOn = dto.on !== undefined;
  if (hasWeeks === hasOn)
    throw new ValidationFailed([
      { field: 'everyWeeks', code: 'follow_up_one_rule' },
      { field: 'on', code: 'follow_up_one_rule' },
    ]);
  if (hasWeeks) return { everyWeeks: dto.everyWeeks as number, on: null };
  const on = dto.on as string;
  if (on < today)
    throw new ValidationFailed([
      { field: 'on', code: 'follow_up_date_in_past' },
    ]);
  return { everyWeeks: null, on };
}
