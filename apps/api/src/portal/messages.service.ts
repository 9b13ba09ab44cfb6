import type { MessageItem, MessageThread } from '@herstelkompas/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
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
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** The client's own thread. */
  async clientThread(ctx: PortalContext): Promise<MessageThread> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.portalClient(manager, ctx);
      const thread = await this.thread(manager, client, 'client');
      await this.audit.recordAs(manager, portalActor(ctx), {
        event: 'portal.messages_read',
        action: 'R',
        part: 'messages',
        clientId: client.id,
        details: { actor: 'client', portalSessionId: ctx.sessionId },
      });
      return thread;
    });
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
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const thread = await this.thread(manager, client, 'practitioner');
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'messages',
        'message.read',
        'R',
        {},
      );
      return thread;
    });
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

  private async thread(
    manager: EntityManager,
    client: Client,
    reader: MessageAuthor,
  ): Promise<MessageThread> {
    const practice = await manager.findOneByOrFail(Practice, {
      id: client.practiceId,
    });
    // The other side's messages are read from now on; the list shows when.
    await manager.query(
      `UPDATE portal_messages SET read_at = now()
       WHERE client_id = $1 AND practice_id = $2 AND author <> $3 AND read_at IS NULL`,
      [client.id, client.practiceId, reader],
    );
    const rows = await manager.find(PortalMessage, {
      where: { clientId: client.id, practiceId: client.practiceId },
      order: { createdAt: 'ASC' },
      take: 500,
    });
    return {
      enabled: practice.messagingEnabled,
      messages: await this.items(manager, client, rows),
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
