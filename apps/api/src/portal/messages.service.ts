import type { MessageItem, MessageThread } from '@herstelkompas/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { Outbox } from '../mail/outbox';
import { senderInfo } from '../mail/sender-info';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { MessageAuthor, PortalMessage } from './message.entity';
import { PortalContext, portalActor } from './portal-context';

/** Times in JSON as milliseconds since 1970: read back exactly as pg reads a timestamptz. */
const MS = (column: string) =>
  `floor(extract(epoch FROM ${column}) * 1000)::bigint`;

/**
 * A client's thread, oldest first (at most 500), with the practice's
 * messaging switch and the client's first name. The CTE marks the other
 * side's unread messages read; the outer query sees the rows as they were
 * before it, so the mark's time is taken from the CTE.
 */
const THREAD_SQL = `
WITH marked AS (
  UPDATE portal_messages SET read_at = now()
   WHERE client_id = $1 AND practice_id = $2 AND author <> $3 AND read_at IS NULL
  RETURNING id, read_at)
SELECT p.messaging_enabled AS enabled, c.first_name,
       (SELECT coalesce(json_agg(m ORDER BY m.n), '[]'::json) FROM (
          SELECT row_number() OVER (ORDER BY pm.created_at ASC, pm.id ASC) AS n,
                 pm.id, pm.author, pr.display_name AS "practitionerName", pm.text,
                 ${MS('pm.created_at')} AS "createdAt",
                 ${MS('coalesce(mk.read_at, pm.read_at)')} AS "readAt"
            FROM portal_messages pm
            LEFT JOIN marked mk ON mk.id = pm.id
            LEFT JOIN practitioners pr ON pr.id = pm.practitioner_id
           WHERE pm.client_id = $1 AND pm.practice_id = $2
           ORDER BY pm.created_at ASC, pm.id ASC
           LIMIT 500) m) AS messages
  FROM clients c
  JOIN practices p ON p.id = c.practice_id
 WHERE c.id = $1 AND c.practice_id = $2`;

/**
 * Messages between a client (in the portal) and the practitioners who work
 * in the client's record. Listing a thread marks the other side's messages
 * read. Mail only says that there is a message, never what it says: mail
 * passes through servers no one here controls. The access log holds who
 * read or wrote, never the words.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** The client's own thread. */
  async clientThread(ctx: PortalContext): Promise<MessageThread> {
    // A read: no transaction. Its line is committed before the practice's
    // messages are marked read, so a message shown as read always has the
    // line of the read that showed it.
    await this.lines.recordAs(portalActor(ctx), {
      event: 'portal.messages_read',
      action: 'R',
      part: 'messages',
      clientId: ctx.clientId,
      details: { actor: 'client', portalSessionId: ctx.sessionId },
    });
    const thread = await this.thread(ctx.clientId, ctx.practiceId, 'client');
    if (!thread) throw new ApiError(401, 'unauthenticated');
    return thread;
  }

  async clientSend(ctx: PortalContext, text: string): Promise<MessageItem> {
    let mailed = false;
    const item = await this.dataSource.transaction(async (manager) => {
      const client = await this.portalClient(manager, ctx);
      await this.enabled(manager, ctx.practiceId);
      const row = await manager.save(
        manager.create(PortalMessage, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          author: 'client',
          practitionerId: null,
          text,
        }),
      );
      await this.audit.recordAs(manager, portalActor(ctx), {
        event: 'portal.message_send',
        action: 'C',
        part: 'messages',
        clientId: client.id,
        details: {
          actor: 'client',
          portalSessionId: ctx.sessionId,
          messageId: row.id,
        },
      });
      mailed = await this.noticeToPractitioner(manager, client);
      return (await this.items(manager, client, [row]))[0] as MessageItem;
    });
    if (mailed) this.outbox.wake();
    return item;
  }

  /** A client's thread, for whoever works in the record. */
  async practitionerThread(
    ctx: RequestContext,
    clientId: string,
  ): Promise<MessageThread> {
    // As the client's thread: no transaction, the line before the marks.
    const client = await this.access.find(
      this.dataSource.manager,
      ctx,
      clientId,
    );
    await this.lines.record(ctx, {
      event: 'message.read',
      action: 'R',
      part: 'messages',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: {},
    });
    const thread = await this.thread(
      client.id,
      client.practiceId,
      'practitioner',
    );
    if (!thread) throw new ApiError(404, 'not_found');
    return thread;
  }

  async practitionerSend(
    ctx: RequestContext,
    clientId: string,
    text: string,
  ): Promise<MessageItem> {
    let mailed = false;
    const item = await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      await this.enabled(manager, ctx.practiceId);
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const row = await manager.save(
        manager.create(PortalMessage, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          author: 'practitioner',
          practitionerId: ctx.practitionerId,
          text,
        }),
      );
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'messages',
        'message.send',
        'C',
        { messageId: row.id },
      );
      const email = client.email?.trim();
      if (email) {
        const from = await senderInfo(manager, ctx.practitionerId);
        await this.outbox.add(manager, {
          kind: 'portal_message_notice',
          practiceId: ctx.practiceId,
          recipient: email,
          replyTo: from.practitionerEmail,
          language: client.preferredLanguage,
          link: `${this.config.publicUrl}/portaal/berichten`,
          clientId: client.id,
          params: { ...from, recipientName: client.firstName },
        });
        mailed = true;
      }
      return (await this.items(manager, client, [row]))[0] as MessageItem;
    });
    if (mailed) this.outbox.wake();
    return item;
  }

  /**
   * The thread in one statement, which also marks the other side's messages
   * read (they are read from now on; the list shows when). Null when the
   * client is not there.
   */
  private async thread(
    clientId: string,
    practiceId: string,
    reader: MessageAuthor,
  ): Promise<MessageThread | null> {
    const [row] = await this.dataSource.query<
      {
        enabled: boolean;
        first_name: string;
        messages: {
          id: string;
          author: MessageAuthor;
          practitionerName: string | null;
          text: string;
          createdAt: number;
          readAt: number | null;
        }[];
      }[]
    >(THREAD_SQL, [clientId, practiceId, reader]);
    if (!row) return null;
    return {
      enabled: row.enabled,
      messages: row.messages.map((m) => ({
        id: m.id,
        author: m.author,
        authorName:
          m.author === 'client' ? row.first_name : (m.practitionerName ?? ''),
        text: m.text,
        createdAt: new Date(m.createdAt).toISOString(),
        readAt: m.readAt === null ? null : new Date(m.readAt).toISOString(),
      })),
    };
  }

  private async items(
    manager: EntityManager,
    client: Client,
    rows: PortalMessage[],
  ): Promise<MessageItem[]> {
    const ids = [
      ...new Set(rows.map((r) => r.practitionerId).filter(Boolean)),
    ] as string[];
    const names = new Map(
      (ids.length
        ? await manager.findBy(Practitioner, { id: In(ids) })
        : []
      ).map((p) => [p.id, p.displayName]),
    );
    return rows.map((r) => ({
      id: r.id,
      author: r.author,
      authorName:
        r.author === 'client'
          ? client.firstName
          : (names.get(r.practitionerId ?? '') ?? ''),
      text: r.text,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    }));
  }

  private async enabled(
    manager: EntityManager,
    practiceId: string,
  ): Promise<void> {
    const practice = await manager.findOneByOrFail(Practice, {
      id: practiceId,
    });
    if (!practice.messagingEnabled) throw new ApiError(409, 'messaging_off');
  }

  /** The responsible practitioner hears that there is a message, not what or from whom. */
  private async noticeToPractitioner(
    manager: EntityManager,
    client: Client,
  ): Promise<boolean> {
    if (!client.responsiblePractitionerId) return false;
    const practitioner = await manager.findOneBy(Practitioner, {
      id: client.responsiblePractitionerId,
    });
    if (!practitioner?.email) return false;
    const from = await senderInfo(manager, practitioner.id);
    await this.outbox.add(manager, {
      kind: 'practitioner_message_notice',
      practiceId: client.practiceId,
      recipient: practitioner.email,
      replyTo: null,
      language: practitioner.language,
      link: `${this.config.publicUrl}/clienten/${client.id}`,
      practitionerId: practitioner.id,
      params: { ...from, recipientName: practitioner.displayName },
    });
    return true;
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
}
