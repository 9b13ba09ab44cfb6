import type {
  AuditEventCode,
  HomeworkCompletion as HomeworkCompletionDto,
  HomeworkItem,
  HomeworkLibraryExercise,
  PortalHomework,
} from '@herstelkompas/contracts';
import { HOMEWORK_MAX_PERIOD_DAYS } from '@herstelkompas/contracts';
import {
  addCalendarDays,
  computeAdherence,
  EXERCISES,
  exerciseById,
  exerciseInstructions,
  weekStart,
  type Exercise,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { amsterdamToday } from '../follow-ups/follow-up-time';
import { PortalContext, portalActor } from '../portal/portal-context';
import { SessionNote } from '../session-notes/session-note.entity';
import { CreateHomeworkDto } from './dto/create-homework.dto';
import { MarkHomeworkDoneDto } from './dto/mark-homework-done.dto';
import { UpdateHomeworkDto } from './dto/update-homework.dto';
import { HomeworkAssignment, HomeworkCompletion } from './homework.entity';

export function libraryExercise(exercise: Exercise): HomeworkLibraryExercise {
  return {
    id: exercise.id,
    domain: exercise.domain,
    title: exercise.title,
    summary: exercise.summary,
    steps: [...exercise.steps],
    safety: exercise.safety,
    minutes: exercise.minutes,
    pacer: exercise.pacer ?? null,
    log: exercise.log ?? null,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) /
      86_400_000,
  );
}

/**
 * Homework: the practitioner assigns (from the library or in own words) and
 * follows adherence; the client ticks days off in the portal. Every read and
 * write is in the access log, the portal's as done by the client; the log
 * never holds the client's notes.
 */
@Injectable()
export class HomeworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
  ) {}

  library(): HomeworkLibraryExercise[] {
    return EXERCISES.map(libraryExercise);
  }

  async list(ctx: RequestContext, clientId: string): Promise<HomeworkItem[]> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const rows = await manager.find(HomeworkAssignment, {
      where: { clientId: client.id, practiceId: client.practiceId },
      order: { createdAt: 'DESC' },
    });
    const items = await this.items(manager, rows);
    await this.lines.record(ctx, {
      event: 'homework.read',
      action: 'R',
      part: 'homework',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: {},
    });
    return items;
  }

  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateHomeworkDto,
  ): Promise<HomeworkItem> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId, {
        lock: true,
      });
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const exercise = dto.exerciseId ? exerciseById(dto.exerciseId) : null;
      const language = client.preferredLanguage;
      const title = dto.title ?? exercise?.title[language];
      const instructions =
        dto.instructions ??
        (exercise ? exerciseInstructions(exercise, language) : undefined);
      const domain = dto.domain ?? exercise?.domain;
      if (!title || !instructions || !domain)
        throw new ValidationFailed(
          [
            !title && 'title',
            !instructions && 'instructions',
            !domain && 'domain',
          ]
            .filter((f): f is string => !!f)
            .map((field) => ({ field, code: 'homework_needs_text' })),
        );
      this.checkRules(
        dto.frequency,
        dto.timesPerWeek,
        dto.startsOn,
        dto.endsOn,
      );
      if (dto.sessionNoteId) {
        const note = await manager.findOneBy(SessionNote, {
          id: dto.sessionNoteId,
          clientId: client.id,
          practiceId: client.practiceId,
        });
        if (!note)
          throw new ValidationFailed([
            { field: 'sessionNoteId', code: 'homework_note_unknown' },
          ]);
      }
      const row = await manager.save(
        manager.create(HomeworkAssignment, {
          practiceId: client.practiceId,
          clientId: client.id,
          exerciseId: exercise?.id ?? null,
          domain,
          title,
          instructions,
          frequency: dto.frequency,
          timesPerWeek:
            dto.frequency === 'weekly' ? (dto.timesPerWeek ?? null) : null,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn,
          status: 'active',
          endedOn: null,
          sessionNoteId: dto.sessionNoteId ?? null,
          createdById: ctx.practitionerId,
        }),
      );
      await this.log(manager, ctx, client, 'homework.assign', 'C', {
        homeworkId: row.id,
        exerciseId: row.exerciseId,
      });
      return (await this.items(manager, [row]))[0] as HomeworkItem;
    });
  }

  async update(
    ctx: RequestContext,
    homeworkId: string,
    dto: UpdateHomeworkDto,
  ): Promise<HomeworkItem> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.access.findOf(
        manager,
        ctx,
        HomeworkAssignment,
        homeworkId,
        { lock: true },
      );
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const changes = Object.fromEntries(
        Object.entries(dto).filter(([, v]) => v !== undefined),
      ) as UpdateHomeworkDto;
      const frequency = changes.frequency ?? row.frequency;
      const timesPerWeek =
        frequency === 'daily'
          ? null
          : changes.timesPerWeek !== undefined
            ? changes.timesPerWeek
            : row.timesPerWeek;
      const startsOn = changes.startsOn ?? row.startsOn;
      const endsOn = changes.endsOn ?? row.endsOn;
      this.checkRules(frequency, timesPerWeek, startsOn, endsOn);
      if (changes.title !== undefined) row.title = changes.title;
      if (changes.instructions !== undefined)
        row.instructions = changes.instructions;
      Object.assign(row, { frequency, timesPerWeek, startsOn, endsOn });
      if (changes.status === 'ended' && row.status !== 'ended') {
        row.status = 'ended';
        row.endedOn = amsterdamToday();
      } else if (changes.status === 'active') {
        row.status = 'active';
        row.endedOn = null;
      }
      const saved = await manager.save(row);
      // Which fields changed, never their words: the log holds no client text.
      await this.log(manager, ctx, client, 'homework.update', 'U', {
        homeworkId: row.id,
        status: saved.status,
        fields: Object.keys(changes).sort(),
      });
      return (await this.items(manager, [saved]))[0] as HomeworkItem;
    });
  }

  /** This week's homework: active and overlapping the week that holds today. */
  async portalList(ctx: PortalContext): Promise<PortalHomework> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.portalClient(manager, ctx);
    const today = amsterdamToday();
    const monday = weekStart(today);
    const rows = await manager
      .getRepository(HomeworkAssignment)
      .createQueryBuilder('h')
      .where('h.client_id = :client AND h.practice_id = :practice', {
        client: client.id,
        practice: client.practiceId,
      })
      .andWhere(`h.status = 'active'`)
      .andWhere('h.ends_on >= :monday AND h.starts_on <= :sunday', {
        monday,
        sunday: addCalendarDays(monday, 6),
      })
      .orderBy('h.created_at', 'ASC')
      .getMany();
    const items = await this.items(manager, rows, today);
    await this.lines.recordAs(portalActor(ctx), {
      event: 'portal.homework_read',
      action: 'R',
      part: 'homework',
      clientId: client.id,
      details: { actor: 'client', portalSessionId: ctx.sessionId },
    });
    return { today, items };
  }

  /**
   * Ticks a day off. One row per day: ticking the same day again keeps the
   * one row and takes a newly given note or minutes.
   */
  async portalDone(
    ctx: PortalContext,
    homeworkId: string,
    dto: MarkHomeworkDoneDto,
  ): Promise<HomeworkItem> {
    return this.dataSource.transaction(async (manager) => {
      const { client, row, on } = await this.portalAssignment(
        manager,
        ctx,
        homeworkId,
        dto.on,
      );
      await manager.query(
        `INSERT INTO homework_completions (practice_id, client_id, assignment_id, done_on, note, minutes)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (assignment_id, done_on) DO UPDATE
           SET note = COALESCE(EXCLUDED.note, homework_completions.note),
               minutes = COALESCE(EXCLUDED.minutes, homework_completions.minutes)`,
        [
          client.practiceId,
          client.id,
          row.id,
          on,
          dto.note ?? null,
          dto.minutes ?? null,
        ],
      );
      await this.audit.recordAs(manager, portalActor(ctx), {
        event: 'portal.homework_done',
        action: 'C',
        part: 'homework',
        clientId: client.id,
        details: {
          actor: 'client',
          portalSessionId: ctx.sessionId,
          homeworkId: row.id,
          on,
        },
      });
      return (await this.items(manager, [row]))[0] as HomeworkItem;
    });
  }

  /** Takes a tick back (a mis-tap): the day is no longer done. */
  async portalUndo(
    ctx: PortalContext,
    homeworkId: string,
    day: string | undefined,
  ): Promise<HomeworkItem> {
    return this.dataSource.transaction(async (manager) => {
      const { client, row, on } = await this.portalAssignment(
        manager,
        ctx,
        homeworkId,
        day,
      );
      await manager.delete(HomeworkCompletion, {
        assignmentId: row.id,
        doneOn: on,
      });
      await this.audit.recordAs(manager, portalActor(ctx), {
        event: 'portal.homework_undo',
        action: 'D',
        part: 'homework',
        clientId: client.id,
        details: {
          actor: 'client',
          portalSessionId: ctx.sessionId,
          homeworkId: row.id,
          on,
        },
      });
      return (await this.items(manager, [row]))[0] as HomeworkItem;
    });
  }

  /** The assignments of one client with their ticks and adherence. */
  async items(
    manager: EntityManager,
    rows: HomeworkAssignment[],
    today = amsterdamToday(),
  ): Promise<HomeworkItem[]> {
    const completions = rows.length
      ? await manager.find(HomeworkCompletion, {
          where: { assignmentId: In(rows.map((r) => r.id)) },
          order: { doneOn: 'DESC' },
        })
      : [];
    // Sent check-ins that name these assignments as done that week.
    const weeks: { id: string; week: string }[] = rows.length
      ? await manager.query(
          `SELECT DISTINCT h.id, c.week
             FROM check_ins c, unnest(c.homework_done) AS h(id)
            WHERE c.client_id = ANY($1::uuid[]) AND c.status = 'submitted'
              AND h.id = ANY($2::uuid[])
            ORDER BY c.week`,
          [[...new Set(rows.map((r) => r.clientId))], rows.map((r) => r.id)],
        )
      : [];
    return rows.map((row) => {
      const mine = completions.filter((c) => c.assignmentId === row.id);
      return {
        id: row.id,
        exerciseId: row.exerciseId,
        domain: row.domain,
        title: row.title,
        instructions: row.instructions,
        frequency: row.frequency,
        timesPerWeek: row.timesPerWeek,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        status: row.status,
        endedOn: row.endedOn,
        sessionNoteId: row.sessionNoteId,
        createdAt: row.createdAt.toISOString(),
        adherence: adherenceOf(
          row,
          mine.map((c) => c.doneOn),
          today,
        ),
        checkInWeeks: weeks.filter((w) => w.id === row.id).map((w) => w.week),
        completions: mine.map((c): HomeworkCompletionDto => ({
          id: c.id,
          on: c.doneOn,
          note: c.note,
          minutes: c.minutes,
          createdAt: c.createdAt.toISOString(),
        })),
      };
    });
  }

  private checkRules(
    frequency: string,
    timesPerWeek: number | null | undefined,
    startsOn: string,
    endsOn: string,
  ): void {
    if (frequency === 'weekly' && !timesPerWeek)
      throw new ValidationFailed([
        { field: 'timesPerWeek', code: 'homework_times_required' },
      ]);
    if (endsOn < startsOn)
      throw new ValidationFailed([{ field: 'endsOn', code: 'invalid_range' }]);
    if (daysBetween(startsOn, endsOn) >= HOMEWORK_MAX_PERIOD_DAYS)
      throw new ValidationFailed([
        { field: 'endsOn', code: 'homework_period_too_long' },
      ]);
  }

  private async portalAssignment(
    manager: EntityManager,
    ctx: PortalContext,
    homeworkId: string,
    day: string | undefined,
  ): Promise<{ client: Client; row: HomeworkAssignment; on: string }> {
    const client = await this.portalClient(manager, ctx);
    const row = await manager.findOneBy(HomeworkAssignment, {
      id: homeworkId,
      clientId: client.id,
      practiceId: client.practiceId,
    });
    if (!row) throw new ApiError(404, 'not_found');
    if (client.status === 'archived') throw new ApiError(409, 'conflict');
    if (row.status === 'ended') throw new ApiError(409, 'homework_ended');
    const today = amsterdamToday();
    const on = day ?? today;
    if (on > today)
      throw new ValidationFailed([
        { field: 'on', code: 'homework_day_in_future' },
      ]);
    if (on < row.startsOn || on > row.endsOn)
      throw new ValidationFailed([
        { field: 'on', code: 'homework_day_outside_period' },
      ]);
    return { client, row, on };
  }

  private async portalClient(
    manager: EntityManager,
    ctx: PortalContext,
  ): Promise<Client> {
    const client = await manager.findOneBy(Client, {
      id: ctx.clientId,
      practiceId: ctx.practiceId,
    });
    if (!client) throw new ApiError(401, 'unauthenticated');
    return client;
  }

  private log(
    manager: EntityManager,
    ctx: RequestContext,
    client: Client,
    event: AuditEventCode,
    action: 'C' | 'U',
    details: Record<string, unknown> = {},
  ) {
    return this.audit.record(manager, ctx, {
      event,
      action,
      part: 'homework',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details,
    });
  }
}

/** Adherence up to today, or up to the day it was ended. */
export function adherenceOf(
  row: Pick<
    HomeworkAssignment,
    'frequency' | 'timesPerWeek' | 'startsOn' | 'endsOn' | 'endedOn'
  >,
  doneOn: string[],
  today: string,
) {
  const endsOn =
    row.endedOn && row.endedOn < row.endsOn ? row.endedOn : row.endsOn;
  if (endsOn < row.startsOn)
    return {
      phase: 'finished' as const,
      done: 0,
      expected: 0,
      week: { done: 0, target: 0 },
      lastDoneOn: null,
    };
  return computeAdherence({
    frequency:
      row.frequency === 'daily'
        ? { kind: 'daily' }
        : { kind: 'weekly', timesPerWeek: row.timesPerWeek ?? 1 },
    startsOn: row.startsOn,
    endsOn,
    today,
    doneOn,
  });
}
