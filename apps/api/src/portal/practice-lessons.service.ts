import type {
  BuiltinLessonSetting,
  PracticeLessonItem,
  PracticeLessonRequest,
  PracticeLessons,
} from '@herstelkompas/contracts';
import { LESSONS, lessonById, readingMinutes } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { hiddenIds, isLessonUuid } from './lesson-catalogue';
import { HiddenLesson, PracticeLesson } from './practice-lesson.entity';

/**
 * Which lessons the practice offers in the portal: our six (each may be
 * hidden) and lessons it writes itself. Everyone of the practice reads the
 * list; only the owner changes it, as with the practice's other settings.
 */
@Injectable()
export class PracticeLessonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<PracticeLessons> {
    return this.dataSource.transaction((manager) => this.current(manager, ctx));
  }

  async create(
    ctx: RequestContext,
    body: PracticeLessonRequest,
  ): Promise<PracticeLessonItem> {
    ownerOnly(ctx);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(PracticeLesson, {
          practiceId: ctx.practiceId,
          title: body.title,
          minutes: body.minutes,
          body: body.body,
        }),
      );
      await this.record(manager, ctx, 'C', { lessonId: row.id });
      return item(row);
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    body: Partial<PracticeLessonRequest>,
  ): Promise<PracticeLessonItem> {
    return this.dataSource.transaction(async (manager) => {
      // Another practice's lesson is a 404 before any question of role.
      const row = await this.own(manager, ctx, id);
      ownerOnly(ctx);
      if (body.title !== undefined) row.title = body.title;
      if (body.minutes !== undefined) row.minutes = body.minutes;
      if (body.body !== undefined) row.body = body.body;
      const saved = await manager.save(row);
      await this.record(manager, ctx, 'U', {
        lessonId: row.id,
        fields: Object.keys(body).sort(),
      });
      return item(saved);
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.own(manager, ctx, id);
      ownerOnly(ctx);
      // Its read marks go with it: they name a lesson that no longer exists.
      await manager.query(
        `DELETE FROM portal_lesson_reads WHERE practice_id = $1 AND lesson_id = $2`,
        [ctx.practiceId, row.id],
      );
      await manager.remove(row);
      await this.record(manager, ctx, 'D', { lessonId: id });
    });
  }

  async setHidden(
    ctx: RequestContext,
    lessonId: string,
    hidden: boolean,
  ): Promise<PracticeLessons> {
    ownerOnly(ctx);
    if (!lessonById(lessonId)) throw new ApiError(404, 'not_found');
    return this.dataSource.transaction(async (manager) => {
      if (hidden)
        await manager.query(
          `INSERT INTO practice_hidden_lessons (practice_id, lesson_id)
           VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [ctx.practiceId, lessonId],
        );
      else
        await manager.delete(HiddenLesson, {
          practiceId: ctx.practiceId,
          lessonId,
        });
      await this.record(manager, ctx, 'U', { lessonId, hidden });
      return this.current(manager, ctx);
    });
  }

  private async current(
    manager: EntityManager,
    ctx: RequestContext,
  ): Promise<PracticeLessons> {
    const hidden = await hiddenIds(manager, ctx.practiceId);
    const own = await manager.find(PracticeLesson, {
      where: { practiceId: ctx.practiceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      builtin: LESSONS.map((l): BuiltinLessonSetting => ({
        id: l.id,
        title: l.title,
        summary: l.summary,
        minutes: readingMinutes(l),
        hidden: hidden.has(l.id),
      })),
      own: own.map(item),
      canEdit: ctx.role === 'owner',
    };
  }

  /** The practice's own lesson; another practice's does not exist here. */
  private async own(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<PracticeLesson> {
    const row = isLessonUuid(id)
      ? await manager.findOneBy(PracticeLesson, {
          id,
          practiceId: ctx.practiceId,
        })
      : null;
    if (!row) throw new ApiError(404, 'not_found');
    return row;
  }

  private record(
    manager: EntityManager,
    ctx: RequestContext,
    action: 'C' | 'U' | 'D',
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, ctx, {
      event: 'practice.lessons_update',
      action,
      part: 'lessons',
      details,
    });
  }
}

function ownerOnly(ctx: RequestContext): void {
  if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
}

function item(row: PracticeLesson): PracticeLessonItem {
  return {
    id: row.id,
    title: row.title,
    minutes: row.minutes,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
