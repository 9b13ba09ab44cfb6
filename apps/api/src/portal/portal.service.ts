import type {
  AppointmentType,
  Language,
  PortalHome,
  PortalLesson,
  PortalLessonSummary,
} from '@herstelkompas/contracts';
import {
  DOMAINS,
  LESSONS,
  winsFirst,
  type AssessmentResult,
  type DomainId,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventCode } from '@herstelkompas/contracts';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { ApiError } from '../common/api-error';
import { Report } from '../reports/report.entity';
import { LessonRead } from './lesson-read.entity';
import { offeredLessons, type OfferedLesson } from './lesson-catalogue';
import { PortalContext, portalActor } from './portal-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Times in JSON as milliseconds since 1970: read back exactly as pg reads a timestamptz. */
const MS = (column: string) =>
  `floor(extract(epoch FROM ${column}) * 1000)::bigint`;

/** Everything Mijn kompas shows, bound to the session's client and practice. */
const HOME_SQL = `
SELECT c.first_name, c.preferred_language,
       p.name AS practice_name,
       r.display_name AS practitioner_name, r.email AS practitioner_email,
       fa.id AS first_id, fa.submitted_at AS first_at, fa.domain_scores AS first_scores,
       la.id AS latest_id, la.submitted_at AS latest_at, la.domain_scores AS latest_scores,
       d.focus_domains, d.decided_at,
       ARRAY(SELECT h.lesson_id FROM practice_hidden_lessons h
              WHERE h.practice_id = c.practice_id) AS hidden,
       ARRAY(SELECT l.id::text FROM practice_lessons l
              WHERE l.practice_id = c.practice_id) AS own_lessons,
       ARRAY(SELECT lr.lesson_id FROM portal_lesson_reads lr
              WHERE lr.client_id = c.id AND lr.practice_id = c.practice_id) AS read_ids,
       (SELECT coalesce(json_agg(a ORDER BY a.start), '[]'::json) FROM (
          SELECT ap.id, ${MS('ap.start_at')} AS start, ${MS('ap.end_at')} AS "end",
                 ap.type, ap.location, pr.display_name AS "practitionerName"
            FROM appointments ap
            LEFT JOIN practitioners pr ON pr.id = ap.practitioner_id
           WHERE ap.client_id = c.id AND ap.practice_id = c.practice_id
             AND ap.status = 'planned' AND ap.start_at >= $3
           ORDER BY ap.start_at ASC LIMIT 5) a) AS appointments,
       (SELECT coalesce(json_agg(rp ORDER BY rp."generatedAt" DESC), '[]'::json) FROM (
          SELECT rr.id, ${MS('rr.generated_at')} AS "generatedAt", rr.file_name AS "fileName"
            FROM reports rr
           WHERE rr.client_id = c.id AND rr.practice_id = c.practice_id
             AND rr.options ->> 'audience' = 'client'
           ORDER BY rr.generated_at DESC LIMIT 20) rp) AS reports
  FROM clients c
  JOIN practices p ON p.id = c.practice_id
  LEFT JOIN practitioners r ON r.id = c.responsible_practitioner_id
  LEFT JOIN LATERAL (SELECT id, submitted_at, domain_scores FROM assessments
                      WHERE client_id = c.id AND practice_id = c.practice_id
                      ORDER BY submitted_at ASC LIMIT 1) fa ON true
  LEFT JOIN LATERAL (SELECT id, submitted_at, domain_scores FROM assessments
                      WHERE client_id = c.id AND practice_id = c.practice_id
                      ORDER BY submitted_at DESC LIMIT 1) la ON true
  LEFT JOIN LATERAL (SELECT focus_domains, decided_at FROM priority_decisions
                      WHERE client_id = c.id AND practice_id = c.practice_id
                      ORDER BY decided_at DESC LIMIT 1) d ON true
 WHERE c.id = $1 AND c.practice_id = $2`;

interface HomeRow {
  first_name: string;
  preferred_language: Language;
  practice_name: string;
  practitioner_name: string | null;
  practitioner_email: string | null;
  first_id: string | null;
  first_at: Date | null;
  first_scores: AssessmentResult['domainScores'];
  latest_id: string | null;
  latest_at: Date | null;
  latest_scores: AssessmentResult['domainScores'];
  focus_domains: DomainId[] | null;
  decided_at: Date | null;
  hidden: string[];
  own_lessons: string[];
  read_ids: string[];
  appointments: {
    id: string;
    start: number;
    end: number;
    type: AppointmentType;
    location: string | null;
    practitionerName: string | null;
  }[];
  reports: { id: string; generatedAt: number; fileName: string }[];
}

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
    private readonly lines: AuditLineBuffer,
  ) {}

  /**
   * Mijn kompas in one statement: the client, the practice and its
   * practitioner, first and latest assessment, the latest decision, the
   * lessons offered and read, appointments and reports. A read: no
   * transaction, and its line is committed before the answer.
   */
  async home(ctx: PortalContext): Promise<PortalHome> {
    const [row] = await this.dataSource.query<HomeRow[]>(HOME_SQL, [
      ctx.clientId,
      ctx.practiceId,
      new Date(),
    ]);
    if (!row) throw new ApiError(401, 'unauthenticated');
    const compared =
      row.first_id && row.latest_id
        ? winsFirst(
            {
              id: row.first_id,
              date: (row.first_at as Date).toISOString(),
              domainScores: row.first_scores,
            },
            {
              id: row.latest_id,
              date: (row.latest_at as Date).toISOString(),
              domainScores: row.latest_scores,
            },
          )
        : null;
    const hidden = new Set(row.hidden);
    const offered = [
      ...LESSONS.filter((l) => !hidden.has(l.id)).map((l) => l.id),
      ...row.own_lessons,
    ];
    const read = new Set(row.read_ids);
    const home: PortalHome = {
      client: {
        firstName: row.first_name,
        language: row.preferred_language,
      },
      practice: {
        practiceName: row.practice_name,
        practitionerName: row.practitioner_name ?? '',
        practitionerEmail: row.practitioner_email ?? '',
      },
      domains: compared ? [...compared.domains] : [],
      biggestWin: compared?.biggestWin ?? null,
      assessedAt: {
        first: row.first_at?.toISOString() ?? null,
        latest: row.latest_at?.toISOString() ?? null,
      },
      focus: row.decided_at
        ? {
            domains: (row.focus_domains ?? []).map((domain) => ({
              domain,
              explanation: DOMAINS[domain].explanation,
            })),
            decidedAt: row.decided_at.toISOString(),
          }
        : null,
      appointments: row.appointments.map((a) => ({
        id: a.id,
        start: new Date(a.start).toISOString(),
        end: new Date(a.end).toISOString(),
        type: a.type,
        location: a.location,
        practitionerName: a.practitionerName ?? '',
      })),
      reports: row.reports.map((r) => ({
        id: r.id,
        generatedAt: new Date(r.generatedAt).toISOString(),
        fileName: r.fileName,
      })),
      lessons: {
        total: offered.length,
        read: offered.filter((id) => read.has(id)).length,
      },
    };
    await this.logRead(ctx, 'portal.home_read', 'R', { part: 'portal' });
    return home;
  }

  async lessons(ctx: PortalContext): Promise<PortalLessonSummary[]> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    await this.client(manager, ctx);
    const offered = await offeredLessons(manager, ctx.practiceId);
    const read = await this.readIds(manager, ctx);
    await this.logRead(ctx, 'portal.lessons_read', 'R', { part: 'lessons' });
    return offered.map((lesson, i) => summary(lesson, i, read));
  }

  /** A lesson the practice offers; a hidden or another practice's lesson does not exist here. */
  async lesson(ctx: PortalContext, id: string): Promise<PortalLesson> {
    const manager = this.dataSource.manager;
    await this.client(manager, ctx);
    const offered = await offeredLessons(manager, ctx.practiceId);
    const index = offered.findIndex((l) => l.id === id);
    const found = offered[index];
    if (!found) throw new ApiError(404, 'not_found');
    const read = await this.readIds(manager, ctx);
    await this.logRead(ctx, 'portal.lessons_read', 'R', {
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
    // A read: no transaction; its line is committed before the file is sent.
    const manager = this.dataSource.manager;
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
    await this.logRead(ctx, 'report.download', 'E', {
      part: 'report',
      reportId: row.id,
    });
    return { fileName: row.fileName, content: row.content };
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

  /** The line of a read, written in a group; resolves once it is committed. */
  private logRead(
    ctx: PortalContext,
    event: AuditEventCode,
    action: 'R' | 'E',
    { part, ...details }: { part: string } & Record<string, unknown>,
  ): Promise<void> {
    return this.lines.recordAs(portalActor(ctx), {
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
