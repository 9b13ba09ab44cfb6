import type {
  PortalAppointment,
  PortalHome,
  PortalLesson,
  PortalLessonSummary,
} from '@herstelkompas/contracts';
import { DOMAINS, winsFirst } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThanOrEqual } from 'typeorm';
import { Appointment } from '../appointments/appointment.entity';
import { Assessment } from '../assessments/assessment.entity';
import { AuditEventCode } from '@herstelkompas/contracts';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { ApiError } from '../common/api-error';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PriorityDecision } from '../priority/priority-decision.entity';
import { Report } from '../reports/report.entity';
import { LessonRead } from './lesson-read.entity';
import { offeredLessons, type OfferedLesson } from './lesson-catalogue';
import { PortalContext, portalActor } from './portal-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a signed-in client reads and does in the portal. Every query is
 * bound to the session's client and practice; every read and write is a
 * line in the practice's access log, done by the client.
 */
@Injectable()
export class PortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async home(ctx: PortalContext): Promise<PortalHome> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.client(manager, ctx);
      // One at a time: a transaction's queries share one connection, and pg
      // no longer queues queries sent to a busy client.
      const practice = await manager.findOneByOrFail(Practice, {
        id: ctx.practiceId,
      });
      const responsible = await manager.findOneBy(Practitioner, {
        id: client.responsiblePractitionerId,
      });
      const own = { clientId: client.id, practiceId: ctx.practiceId };
      const first = await manager.findOne(Assessment, {
        where: own,
        order: { submittedAt: 'ASC' },
      });
      const latest = await manager.findOne(Assessment, {
        where: own,
        order: { submittedAt: 'DESC' },
      });
      const compared =
        first && latest
          ? winsFirst(
              {
                id: first.id,
                date: first.submittedAt.toISOString(),
                domainScores: first.domainScores,
              },
              {
                id: latest.id,
                date: latest.submittedAt.toISOString(),
                domainScores: latest.domainScores,
              },
            )
          : null;
      const decision = await manager.findOne(PriorityDecision, {
        where: own,
        order: { decidedAt: 'DESC' },
      });
      const offered = await offeredLessons(manager, ctx.practiceId);
      const readIds = await this.readIds(manager, ctx);
      const home: PortalHome = {
        client: {
          firstName: client.firstName,
          language: client.preferredLanguage,
        },
        practice: {
          practiceName: practice.name,
          practitionerName: responsible?.displayName ?? '',
          practitionerEmail: responsible?.email ?? '',
        },
        domains: compared ? [...compared.domains] : [],
        biggestWin: compared?.biggestWin ?? null,
        assessedAt: {
          first: first?.submittedAt.toISOString() ?? null,
          latest: latest?.submittedAt.toISOString() ?? null,
        },
        focus: decision
          ? {
              domains: decision.focusDomains.map((domain) => ({
                domain,
                explanation: DOMAINS[domain].explanation,
              })),
              decidedAt: decision.decidedAt.toISOString(),
            }
          : null,
        appointments: await this.appointments(manager, own),
        reports: await this.reports(manager, own),
        lessons: {
          total: offered.length,
          read: offered.filter((l) => readIds.has(l.id)).length,
        },
      };
      await this.log(manager, ctx, 'portal.home_read', 'R', {
        part: 'portal',
      });
      return home;
    });
  }

  async lessons(ctx: PortalContext): Promise<PortalLessonSummary[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.client(manager, ctx);
      const offered = await offeredLessons(manager, ctx.practiceId);
      const read = await this.readIds(manager, ctx);
      await this.log(manager, ctx, 'portal.lessons_read', 'R', {
        part: 'lessons',
      });
      return offered.map((lesson, i) => summary(lesson, i, read));
    });
  }

  /** A lesson the practice offers; a hidden or another practice's lesson does not exist here. */
  async lesson(ctx: PortalContext, id: string): Promise<PortalLesson> {
    return this.dataSource.transaction(async (manager) => {
      await this.client(manager, ctx);
      const offered = await offeredLessons(manager, ctx.practiceId);
      const index = offered.findIndex((l) => l.id === id);
      const found = offered[index];
      if (!found) throw new ApiError(404, 'not_found');
      const read = await this.readIds(manager, ctx);
      await this.log(manager, ctx, 'portal.lessons_read', 'R', {
        part: 'lessons',
        lessonId: found.id,
      });
      const next = offered[index + 1]?.id ?? null;
      if (found.kind === 'practice')
        return {
          ...summary(found, index, read),
          sections: [],
          reflection: null,
          exercise: null,
          sources: null,
          body: found.own.body,
          next,
        };
      const lesson = found.lesson;
      return {
        ...summary(found, index, read),
        sections: lesson.sections.map((s) => ({
          heading: s.heading,
          paragraphs: [...s.paragraphs],
        })),
        reflection: lesson.reflection,
        exercise: { title: lesson.exercise.title, text: lesson.exercise.text },
        sources: lesson.sources,
        body: null,
        next,
      };
    });
  }

  /** Marks a lesson read; repeating it keeps the first time. */
  async markRead(ctx: PortalContext, id: string): Promise<PortalLessonSummary> {
    return this.dataSource.transaction(async (manager) => {
      await this.client(manager, ctx);
      const offered = await offeredLessons(manager, ctx.practiceId);
      const index = offered.findIndex((l) => l.id === id);
      const found = offered[index];
      if (!found) throw new ApiError(404, 'not_found');
      await manager.query(
        `INSERT INTO portal_lesson_reads (client_id, lesson_id, practice_id)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [ctx.clientId, found.id, ctx.practiceId],
      );
      await this.log(manager, ctx, 'portal.lesson_mark_read', 'U', {
        part: 'lessons',
        lessonId: found.id,
      });
      const read = await this.readIds(manager, ctx);
      return summary(found, index, read);
    });
  }

  /** A report made for the client; any other id does not exist here. */
  async report(
    ctx: PortalContext,
    id: string,
  ): Promise<{ fileName: string; content: Buffer }> {
    if (!UUID.test(id)) throw new ApiError(404, 'not_found');
    return this.dataSource.transaction(async (manager) => {
      await this.client(manager, ctx);
      const row = await manager
        .getRepository(Report)
        .createQueryBuilder('r')
        .addSelect('r.content')
        .where(
          'r.id = :id AND r.client_id = :clientId AND r.practice_id = :practiceId',
          {
            id,
            clientId: ctx.clientId,
            practiceId: ctx.practiceId,
          },
        )
        .andWhere(`r.options ->> 'audience' = 'client'`)
        .getOne();
      if (!row?.content) throw new ApiError(404, 'not_found');
      await this.log(manager, ctx, 'report.download', 'E', {
        part: 'report',
        reportId: row.id,
      });
      return { fileName: row.fileName, content: row.content };
    });
  }

  async signOut(ctx: PortalContext): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.log(manager, ctx, 'portal.sign_out', 'E', { part: 'portal' }),
    );
  }

  private async client(
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

  private async readIds(
    manager: EntityManager,
    ctx: PortalContext,
  ): Promise<Set<string>> {
    const rows = await manager.findBy(LessonRead, {
      clientId: ctx.clientId,
      practiceId: ctx.practiceId,
    });
    return new Set(rows.map((r) => r.lessonId));
  }

  private async appointments(
    manager: EntityManager,
    own: { clientId: string; practiceId: string },
  ): Promise<PortalAppointment[]> {
    const rows = await manager.find(Appointment, {
      where: {
        ...own,
        status: 'planned',
        startAt: MoreThanOrEqual(new Date()),
      },
      relations: { practitioner: true },
      order: { startAt: 'ASC' },
      take: 5,
    });
    return rows.map((a) => ({
      id: a.id,
      start: a.startAt.toISOString(),
      end: a.endAt.toISOString(),
      type: a.type,
      location: a.location,
      practitionerName: a.practitioner?.displayName ?? '',
    }));
  }

  private async reports(
    manager: EntityManager,
    own: { clientId: string; practiceId: string },
  ) {
    const rows = await manager
      .getRepository(Report)
      .createQueryBuilder('r')
      .where('r.client_id = :clientId AND r.practice_id = :practiceId', own)
      .andWhere(`r.options ->> 'audience' = 'client'`)
      .orderBy('r.generated_at', 'DESC')
      .take(20)
      .getMany();
    return rows.map((r) => ({
      id: r.id,
      generatedAt: r.generatedAt.toISOString(),
      fileName: r.fileName,
    }));
  }

  private log(
    manager: EntityManager,
    ctx: PortalContext,
    event: AuditEventCode,
    action: 'R' | 'U' | 'E',
    { part, ...details }: { part: string } & Record<string, unknown>,
  ): Promise<void> {
    return this.audit.recordAs(manager, portalActor(ctx), {
      event,
      action,
      part,
      clientId: ctx.clientId,
      details: { actor: 'client', portalSessionId: ctx.sessionId, ...details },
    });
  }
}

function summary(
  lesson: OfferedLesson,
  index: number,
  read: Set<string>,
): PortalLessonSummary {
  return {
    id: lesson.id,
    kind: lesson.kind,
    order: index + 1,
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    read: read.has(lesson.id),
  };
}
