import type {
  CalendarFeedCreated,
  CalendarFeedState,
} from '@herstelkompas/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/tokens';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { Practitioner } from '../practices/practitioner.entity';
import { initialsOf, practitionerFeed } from './appointment-calendar';
import { Appointment } from './appointment.entity';
import { CalendarFeed } from './calendar-feed.entity';

const DAY = 86_400_000;
/** What a subscribed calendar holds: the last month and the next year. */
const PAST_DAYS = 31;
const FUTURE_DAYS = 366;

/**
 * Each practitioner's private subscription address. Only the token's hash
 * is stored, so the address is shown once; a new one replaces the old, and
 * revoking deletes it, after which the old address answers 404.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async state(ctx: RequestContext): Promise<CalendarFeedState> {
    const feed = await this.dataSource.manager.findOne(CalendarFeed, {
      where: { practitionerId: ctx.practitionerId, practiceId: ctx.practiceId },
    });
    return {
      active: !!feed,
      createdAt: feed?.createdAt.toISOString() ?? null,
    };
  }

  async create(ctx: RequestContext): Promise<CalendarFeedCreated> {
    const token = newToken();
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(CalendarFeed, {
        practitionerId: ctx.practitionerId,
        practiceId: ctx.practiceId,
      });
      const feed = await manager.save(
        manager.create(CalendarFeed, {
          practiceId: ctx.practiceId,
          practitionerId: ctx.practitionerId,
          tokenHash: hashToken(token),
        }),
      );
      await this.audit.record(manager, ctx, {
        event: 'calendar_feed.create',
        action: 'C',
        part: 'agenda',
      });
      return {
        url: `${this.config.publicUrl}/api/calendar-feeds/${token}`,
        createdAt: feed.createdAt.toISOString(),
      };
    });
  }

  async revoke(ctx: RequestContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(CalendarFeed, {
        practitionerId: ctx.practitionerId,
        practiceId: ctx.practiceId,
      });
      if (result.affected)
        await this.audit.record(manager, ctx, {
          event: 'calendar_feed.revoke',
          action: 'D',
          part: 'agenda',
        });
    });
  }

  /** The feed behind a token, or 404; every read is in the access log. */
  async feed(
    token: string,
    request: { ip: string; userAgent: string | null },
    now = new Date(),
  ): Promise<string> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const feed = await manager.findOne(CalendarFeed, {
      where: { tokenHash: hashToken(token) },
    });
    const practitioner = feed
      ? await manager.findOne(Practitioner, {
          where: { id: feed.practitionerId, practiceId: feed.practiceId },
        })
      : null;
    if (!feed || !practitioner?.active) throw new ApiError(404, 'not_found');
    const rows: (Appointment & {
      firstName: string;
      lastName: string;
    })[] = await manager
      .getRepository(Appointment)
      .createQueryBuilder('a')
      .innerJoin('a.client', 'c')
      .select([
        'a.id AS id',
        'a.start_at AS "startAt"',
        'a.end_at AS "endAt"',
        'a.type AS type',
        'a.version AS version',
        'c.first_name AS "firstName"',
        'c.last_name AS "lastName"',
      ])
      .where('a.practice_id = :practiceId', { practiceId: feed.practiceId })
      .andWhere('a.practitioner_id = :practitionerId', {
        practitionerId: feed.practitionerId,
      })
      .andWhere("a.status <> 'cancelled'")
      .andWhere('a.start_at >= :from AND a.start_at < :to', {
        from: new Date(now.getTime() - PAST_DAYS * DAY),
        to: new Date(now.getTime() + FUTURE_DAYS * DAY),
      })
      .orderBy('a.start_at', 'ASC')
      .getRawMany();
    const body = practitionerFeed(
      `Herstelkompas – ${practitioner.displayName}`,
      rows.map((r) => ({
        appointmentId: r.id,
        start: new Date(r.startAt),
        end: new Date(r.endAt),
        type: r.type,
        initials: initialsOf(r.firstName, r.lastName),
        sequence: r.version,
      })),
      practitioner.language,
    ).toString();
    await this.lines.recordAs(
      {
        practiceId: feed.practiceId,
        userId: feed.practitionerId,
        role: practitioner.role,
        ip: request.ip,
        userAgent: request.userAgent,
      },
      {
        event: 'calendar_feed.read',
        action: 'R',
        part: 'agenda',
        details: { resultCount: rows.length },
      },
    );
    return body;
  }
}
