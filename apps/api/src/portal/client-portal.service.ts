import type {
  ClientPortalSummary,
  HomeNewMessages,
} from '@herstelkompas/contracts';
import { formatPersonName } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { ClientAccess } from '../clients/client-access';
import { RequestContext } from '../common/request-context';
import { Practice } from '../practices/practice.entity';
import { offeredLessons } from './lesson-catalogue';
import { unreadMessages } from './unread-messages';

/** How many clients the "new messages" card on Vandaag lists at most. */
const NEW_MESSAGES_LIMIT = 50;

/** The practitioner's view of a client's use of the portal. */
@Injectable()
export class ClientPortalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly lines: AuditLineBuffer,
  ) {}

  async summary(
    ctx: RequestContext,
    clientId: string,
  ): Promise<ClientPortalSummary> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const own = [client.id, ctx.practiceId];
    const [visits] = await manager.query<
      {
        invited_at: Date | null;
        signed_in_at: Date | null;
        last_seen_at: Date | null;
      }[]
    >(
      `SELECT
         (SELECT max(created_at) FROM portal_links
           WHERE client_id = $1 AND practice_id = $2 AND kind = 'invitation') AS invited_at,
         (SELECT max(used_at) FROM portal_links
           WHERE client_id = $1 AND practice_id = $2) AS signed_in_at,
         (SELECT max(last_seen_at) FROM portal_sessions
           WHERE client_id = $1 AND practice_id = $2) AS last_seen_at`,
      own,
    );
    const reads = await manager.query<{ lesson_id: string; read_at: Date }[]>(
      `SELECT lesson_id, read_at FROM portal_lesson_reads
        WHERE client_id = $1 AND practice_id = $2`,
      own,
    );
    const readAt = new Map(reads.map((r) => [r.lesson_id, r.read_at]));
    const offered = await offeredLessons(manager, ctx.practiceId);
    const practice = await manager.findOneByOrFail(Practice, {
      id: ctx.practiceId,
    });
    const unread =
      (await unreadMessages(manager, ctx.practiceId, [client.id])).get(
        client.id,
      ) ?? 0;
    const lastVisit = latest(visits?.last_seen_at, visits?.signed_in_at);
    await this.lines.record(ctx, {
      event: 'client.portal_read',
      action: 'R',
      part: 'portal',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    });
    return {
      status: lastVisit ? 'active' : visits?.invited_at ? 'invited' : 'none',
      invitedAt: visits?.invited_at?.toISOString() ?? null,
      lastVisitAt: lastVisit?.toISOString() ?? null,
      lessons: {
        total: offered.length,
        read: offered
          .filter((l) => readAt.has(l.id))
          .map((l) => ({
            id: l.id,
            title: l.title,
            readAt: (readAt.get(l.id) as Date).toISOString(),
          })),
      },
      unreadMessages: unread,
      messagingEnabled: practice.messagingEnabled,
    };
  }

  /** Clients the caller may see with messages no practitioner opened yet, newest first. */
  async newMessages(ctx: RequestContext): Promise<HomeNewMessages> {
    const manager = this.dataSource.manager;
    const rows = await this.access
      .query(manager, ctx)
      .innerJoin(
        (sub) =>
          sub
            .select('m.client_id', 'client_id')
            .addSelect('count(*)::int', 'unread')
            .addSelect('max(m.created_at)', 'latest_at')
            .from('portal_messages', 'm')
            .where('m.practice_id = :practiceId')
            .andWhere("m.author = 'client'")
            .andWhere('m.read_at IS NULL')
            .groupBy('m.client_id'),
        'u',
        'u.client_id = c.id',
      )
      .addSelect('u.unread', 'u_unread')
      .addSelect('u.latest_at', 'u_latest_at')
      .orderBy('u.latest_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(NEW_MESSAGES_LIMIT)
      .getRawAndEntities();
    const clients = rows.entities.map((c, i) => {
      const raw = rows.raw[i] as { u_unread: number; u_latest_at: Date };
      return {
        clientId: c.id,
        displayName: formatPersonName(c),
        unread: Number(raw.u_unread),
        latestAt: new Date(raw.u_latest_at).toISOString(),
      };
    });
    // Names on a list: logged like the rest of the home page.
    await this.lines.record(ctx, {
      event: 'home.read',
      action: 'E',
      part: 'home',
      details: { newMessages: clients.length },
    });
    return { clients };
  }
}

function latest(...dates: (Date | null | undefined)[]): Date | null {
  const times = dates.filter((d): d is Date => !!d).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
