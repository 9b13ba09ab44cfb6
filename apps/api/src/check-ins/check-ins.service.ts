import type {
  CheckIn as CheckInDto,
  CheckInHomework,
  CheckInStatus,
  ClientCheckIns,
  DailyLog as DailyLogDto,
  PortalCheckIns,
} from '@herstelkompas/contracts';
import {
  addCalendarDays,
  amsterdamDate,
  checkInSeries,
  checkInWeek,
  clientInstructionFor,
  detectCheckInRedFlags,
  DOMAIN_IDS,
  type DomainId,
  weekStartOf,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { touchClient } from '../clients/client-summary';
import { ApiError, RawFieldError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { HomeworkAssignment } from '../homework/homework.entity';
import { PortalContext, portalActor } from '../portal/portal-context';
import { Practice } from '../practices/practice.entity';
import { RedFlagReview } from '../red-flags/red-flag-review.entity';
import { CheckInClock } from './check-in-clock';
import { CheckIn } from './check-in.entity';
import { DailyLog } from './daily-log.entity';
import { SaveCheckInDto } from './dto/save-check-in.dto';
import { SaveDailyLogDto } from './dto/save-daily-log.dto';

/** How far back the practitioner's view and the trend charts go. */
const CHECK_IN_HISTORY = 104;
const DAILY_LOG_HISTORY = 120;
/** A mini-log may be filled in for today or up to a week back. */
const DAILY_LOG_DAYS_BACK = 7;

/**
 * Weekly check-ins and the daily mini-log: written by the client in the
 * portal, read by whoever works in the record. One check-in per ISO week
 * in Amsterdam; a draft is replaced by the next save, a sent one only when
 * the client says so. The short red-flag screen raises flags exactly as
 * the intake does, when the practice turned it on.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
    private readonly clock: CheckInClock,
  ) {}

  /** What the portal's check-in page needs. */
  async portalView(ctx: PortalContext): Promise<PortalCheckIns> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.portalClient(manager, ctx);
    const now = this.clock.now();
    const week = checkInWeek(now);
    const current = await manager.findOneBy(CheckIn, {
      clientId: client.id,
      practiceId: ctx.practiceId,
      week,
    });
    const today = await manager.findOneBy(DailyLog, {
      clientId: client.id,
      practiceId: ctx.practiceId,
      day: amsterdamDate(now),
    });
    const practice = await manager.findOneByOrFail(Practice, {
      id: ctx.practiceId,
    });
    const homework = await weekHomework(manager, client, now);
    const titles = current ? await titlesOf(manager, client, [current]) : [];
    await this.lines.recordAs(portalActor(ctx), {
      event: 'portal.check_ins_read',
      action: 'R',
      part: 'check_ins',
      clientId: ctx.clientId,
      details: { actor: 'client', portalSessionId: ctx.sessionId },
    });
    return {
      current: current ? toCheckIn(current, titles) : null,
      week,
      redFlagScreen: practice.checkInRedFlags,
      today: today ? toDailyLog(today) : null,
      homework,
    };
  }

  /** Saves this week's check-in as a draft or sends it. */
  async save(ctx: PortalContext, dto: SaveCheckInDto): Promise<CheckInDto> {
    const status: CheckInStatus = dto.status ?? 'submitted';
    return this.dataSource.transaction(async (manager) => {
      const client = await this.portalClient(manager, ctx, true);
      const practice = await manager.findOneByOrFail(Practice, {
        id: ctx.practiceId,
      });
      if (status === 'submitted') complete(dto, practice.checkInRedFlags);
      const now = this.clock.now();
      const week = checkInWeek(now);
      const homeworkDone = [...new Set(dto.homeworkDone ?? [])];
      const homework = await weekHomework(manager, client, now);
      // Only this client's homework of this week; an unknown id gets the same
      // answer whether it is another client's or nobody's.
      if (homeworkDone.some((id) => !homework.some((h) => h.id === id)))
        throw new ValidationFailed([
          { field: 'homeworkDone', code: 'check_in_homework_unknown' },
        ]);
      const existing = await manager.findOne(CheckIn, {
        where: { clientId: client.id, practiceId: ctx.practiceId, week },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.status === 'submitted' && !dto.replace)
        throw new ApiError(409, 'check_in_submitted', {
          extra: { checkInId: existing.id },
        });
      // A draft never takes the place of a sent check-in: replacing is sending anew.
      if (existing?.status === 'submitted' && status === 'draft')
        throw new ApiError(409, 'check_in_submitted', {
          extra: { checkInId: existing.id },
        });
      const row =
        existing ??
        manager.create(CheckIn, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          week,
        });
      const domains = dto.domains ?? {};
      Object.assign(row, {
        status,
        painNow: dto.painNow ?? null,
        stress: domains.stress ?? null,
        breathing: domains.breathing ?? null,
        movement: domains.movement ?? null,
        nutrition: domains.nutrition ?? null,
        sleep: domains.sleep ?? null,
        immune: domains.immune ?? null,
        movementSafety: dto.movementSafety ?? null,
        homeworkDone,
        note: dto.note ?? null,
        redFlagsYes: practice.checkInRedFlags
          ? [...new Set(dto.redFlagsYes ?? [])]
          : [],
        submittedAt: status === 'submitted' ? now : null,
      });
      const saved = await manager.save(row);
      let raised = 0;
      if (status === 'submitted') {
        raised = await this.raiseRedFlags(manager, client, saved);
        await touchClient(manager, client.id, {
          lastActivityAt: now,
          ...(raised ? { addOpenRedFlags: raised } : {}),
        });
      }
      await this.logClient(
        manager,
        ctx,
        status === 'submitted'
          ? 'portal.check_in_submit'
          : 'portal.check_in_draft',
        existing ? 'U' : 'C',
        {
          checkInId: saved.id,
          ...(existing?.status === 'submitted' ? { replaced: true } : {}),
          ...(raised ? { redFlags: raised } : {}),
        },
      );
      return toCheckIn(saved, homework);
    });
  }

  /** Today's (or a recent day's) mini-log; a second one that day replaces it. */
  async saveDailyLog(
    ctx: PortalContext,
    dto: SaveDailyLogDto,
  ): Promise<DailyLogDto> {
    const today = amsterdamDate(this.clock.now());
    const day = dto.on ?? today;
    if (day > today || day < addCalendarDays(today, -DAILY_LOG_DAYS_BACK))
      throw new ValidationFailed([{ field: 'on', code: 'daily_log_day' }]);
    return this.dataSource.transaction(async (manager) => {
      const client = await this.portalClient(manager, ctx, true);
      await manager.query(
        `INSERT INTO daily_logs (practice_id, client_id, day, pain, sleep_hours)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (client_id, day) DO UPDATE
           SET pain = EXCLUDED.pain, sleep_hours = EXCLUDED.sleep_hours, updated_at = now()`,
        [ctx.practiceId, client.id, day, dto.pain, dto.sleepHours],
      );
      const row = await manager.findOneByOrFail(DailyLog, {
        clientId: client.id,
        practiceId: ctx.practiceId,
        day,
      });
      await this.logClient(manager, ctx, 'portal.daily_log_save', 'C', {
        dailyLogId: row.id,
      });
      return toDailyLog(row);
    });
  }

  /** Sent check-ins and mini-logs, newest first, with the series for the charts. */
  async forClient(
    ctx: RequestContext,
    clientId: string,
  ): Promise<ClientCheckIns> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const rows = await manager.find(CheckIn, {
      where: {
        clientId: client.id,
        practiceId: ctx.practiceId,
        status: 'submitted',
        submittedAt: Not(IsNull()),
      },
      order: { submittedAt: 'DESC' },
      take: CHECK_IN_HISTORY,
    });
    const logs = await manager.find(DailyLog, {
      where: { clientId: client.id, practiceId: ctx.practiceId },
      order: { day: 'DESC' },
      take: DAILY_LOG_HISTORY,
    });
    const titles = await titlesOf(manager, client, rows);
    await this.lines.record(ctx, {
      event: 'check_in.read',
      action: 'R',
      part: 'check_ins',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    });
    const checkIns = rows.map((row) => toCheckIn(row, titles));
    return {
      checkIns,
      dailyLogs: logs.map(toDailyLog),
      series: checkInSeries(rows.map(valuesOf)),
      lastCheckInAt: checkIns[0]?.submittedAt ?? null,
    };
  }

  /**
   * Review rows for each flag the intake would raise for these answers
   * (advice-level flags are not reviewed, as in the intake). A replaced
   * check-in does not raise a flag it already raised.
   */
  private async raiseRedFlags(
    manager: EntityManager,
    client: Client,
    row: CheckIn,
  ): Promise<number> {
    if (!row.redFlagsYes.length) return 0;
    const answers = Object.fromEntries(row.redFlagsYes.map((id) => [id, true]));
    const flags = detectCheckInRedFlags(answers).filter(
      (flag) => flag.urgency !== 'advice',
    );
    const earlier = await manager.findBy(RedFlagReview, {
      checkInId: row.id,
    });
    const fresh = flags.filter(
      (flag) => !earlier.some((r) => r.flag.itemId === flag.itemId),
    );
    if (!fresh.length) return 0;
    await manager.insert(
      RedFlagReview,
      fresh.map((flag) => ({
        practiceId: client.practiceId,
        clientId: client.id,
        assessmentId: null,
        checkInId: row.id,
        flag: { ...flag },
      })),
    );
    return fresh.length;
  }

  private async portalClient(
    manager: EntityManager,
    ctx: PortalContext,
    lock = false,
  ): Promise<Client> {
    const client = await manager.findOne(Client, {
      where: { id: ctx.clientId, practiceId: ctx.practiceId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!client) throw new ApiError(401, 'unauthenticated');
    if (client.status === 'archived') throw new ApiError(409, 'conflict');
    return client;
  }

  private logClient(
    manager: EntityManager,
    ctx: PortalContext,
    event:
      | 'portal.check_in_draft'
      | 'portal.check_in_submit'
      | 'portal.daily_log_save',
    action: 'C' | 'U',
    details: Record<string, unknown> = {},
  ) {
    return this.audit.recordAs(manager, portalActor(ctx), {
      event,
      action,
      part: 'check_ins',
      clientId: ctx.clientId,
      details: { actor: 'client', portalSessionId: ctx.sessionId, ...details },
    });
  }
}

/** A sent check-in answers every scale, and the red-flag screen when it is on. */
function complete(dto: SaveCheckInDto, redFlagScreen: boolean): void {
  const missing: RawFieldError[] = [];
  if (dto.painNow === undefined)
    missing.push({ field: 'painNow', code: 'required' });
  for (const domain of DOMAIN_IDS)
    if (dto.domains?.[domain] === undefined)
      missing.push({ field: `domains.${domain}`, code: 'required' });
  if (dto.movementSafety === undefined)
    missing.push({ field: 'movementSafety', code: 'required' });
  if (redFlagScreen && dto.redFlagsYes === undefined)
    missing.push({ field: 'redFlagsYes', code: 'required' });
  if (missing.length) throw new ValidationFailed(missing);
}

/**
 * The client's assignments that run in the week holding `now` (Amsterdam):
 * the period overlaps Monday to Sunday and the assignment was not ended
 * before that Monday.
 */
async function weekHomework(
  manager: EntityManager,
  client: Client,
  now: Date,
): Promise<CheckInHomework[]> {
  const monday = weekStartOf(amsterdamDate(now));
  const rows = await manager
    .getRepository(HomeworkAssignment)
    .createQueryBuilder('h')
    .where('h.client_id = :client AND h.practice_id = :practice', {
      client: client.id,
      practice: client.practiceId,
    })
    .andWhere('h.starts_on <= :sunday', { sunday: addCalendarDays(monday, 6) })
    .andWhere('LEAST(h.ends_on, COALESCE(h.ended_on, h.ends_on)) >= :monday', {
      monday,
    })
    .orderBy('h.created_at', 'ASC')
    .getMany();
  return rows.map((r) => ({ id: r.id, title: r.title, domain: r.domain }));
}

/** Titles of the homework these check-ins name, from this client's own assignments. */
async function titlesOf(
  manager: EntityManager,
  client: Client,
  rows: CheckIn[],
): Promise<CheckInHomework[]> {
  const ids = [...new Set(rows.flatMap((r) => r.homeworkDone))];
  if (!ids.length) return [];
  const found = await manager.find(HomeworkAssignment, {
    select: { id: true, title: true, domain: true },
    where: { id: In(ids), clientId: client.id, practiceId: client.practiceId },
  });
  return found.map((r) => ({ id: r.id, title: r.title, domain: r.domain }));
}

function valuesOf(row: CheckIn) {
  return {
    at: (row.submittedAt as Date).toISOString(),
    painNow: row.painNow as number,
    movementSafety: row.movementSafety as number,
    domains: Object.fromEntries(
      DOMAIN_IDS.map((d) => [d, row[d] as number]),
    ) as Record<DomainId, number>,
  };
}

/** `homework` holds at least the assignments this check-in names, for their titles. */
export function toCheckIn(
  row: CheckIn,
  homework: readonly CheckInHomework[] = [],
): CheckInDto {
  const answers = Object.fromEntries(row.redFlagsYes.map((id) => [id, true]));
  return {
    id: row.id,
    week: row.week,
    status: row.status,
    painNow: row.painNow,
    domains: Object.fromEntries(DOMAIN_IDS.map((d) => [d, row[d]])) as Record<
      DomainId,
      number | null
    >,
    movementSafety: row.movementSafety,
    homeworkDone: row.homeworkDone,
    homeworkDoneItems: row.homeworkDone.flatMap((id) => {
      const item = homework.find((h) => h.id === id);
      return item ? [item] : [];
    }),
    note: row.note,
    redFlagsYes: row.redFlagsYes,
    urgentInstruction: row.redFlagsYes.length
      ? clientInstructionFor(detectCheckInRedFlags(answers))
      : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDailyLog(row: DailyLog): DailyLogDto {
  return {
    id: row.id,
    on: row.day,
    pain: row.pain,
    sleepHours: row.sleepHours,
    updatedAt: row.updatedAt.toISOString(),
  };
}
