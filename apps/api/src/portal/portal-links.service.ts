import type {
  CreatedPortalInvitation,
  PortalContact,
  PortalLinkState,
} from '@herstelkompas/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEventCode } from '@herstelkompas/contracts';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/tokens';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { toDelivery } from '../mail/deliveries';
import { Outbox } from '../mail/outbox';
import { senderInfo } from '../mail/sender-info';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { PortalLink } from './portal-link.entity';
import { portalActor } from './portal-context';
import { isKnownDevice } from './portal-cookies';
import { PortalSessions } from './portal-sessions';

export const PORTAL_INVITATION_DAYS = 14;
export const SIGN_IN_LINK_MINUTES = 15;
/** The same limit as the intake's date-of-birth check. */
export const MAX_PORTAL_VERIFY_ATTEMPTS = 5;
export const SIGN_IN_LINK_JOB = 'portal.sign-in-link';

/** What the sign-in link job needs: the typed address and who asked (for the access log). */
interface SignInLinkJob {
  email: string;
  ip: string;
  userAgent: string | null;
}

export interface PortalCaller {
  ip: string;
  userAgent: string | null;
  device: string | undefined;
}

/** How a client gets in: invitations, sign-in links, and the date-of-birth check. */
@Injectable()
export class PortalLinks implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly sessions: PortalSessions,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SignInLinkJob>(
      SIGN_IN_LINK_JOB,
      { retryLimit: 3, retryDelay: 5, retryBackoff: true, retentionDays: 1 },
      (job) =>
        this.issueSignInLinks(job.data.email, {
          ip: job.data.ip,
          userAgent: job.data.userAgent,
        }),
    );
  }

  async invite(
    ctx: RequestContext,
    clientId: string,
    send: 'email' | 'link',
  ): Promise<CreatedPortalInvitation> {
    const created = await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const byEmail = send === 'email';
      if (byEmail && !client.email?.trim())
        throw new ValidationFailed([
          { field: 'send', code: 'client_no_email' },
        ]);
      const token = newToken();
      const link = await manager.save(
        manager.create(PortalLink, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          kind: 'invitation',
          tokenHash: hashToken(token),
          createdById: ctx.practitionerId,
          expiresAt: new Date(Date.now() + PORTAL_INVITATION_DAYS * 86_400_000),
        }),
      );
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'portal',
        'portal.invite',
        'C',
        { linkId: link.id, send },
      );
      const url = `${this.config.publicUrl}/portaal/link/${token}`;
      let delivery = null;
      if (byEmail) {
        const from = await senderInfo(manager, ctx.practitionerId);
        const sent = await this.outbox.add(manager, {
          kind: 'portal_invitation',
          practiceId: ctx.practiceId,
          recipient: client.email.trim(),
          replyTo: from.practitionerEmail,
          language: client.preferredLanguage,
          link: url,
          clientId: client.id,
          params: {
            ...from,
            recipientName: client.firstName,
            validUntil: link.expiresAt,
          },
        });
        delivery = toDelivery(sent, new Map());
      }
      return { url, expiresAt: link.expiresAt.toISOString(), delivery };
    });
    if (created.delivery) this.outbox.wake();
    return created;
  }

  /** What the landing page needs; a link that no longer works says whom to ask. */
  async state(token: string, device?: string): Promise<PortalLinkState> {
    return this.dataSource.transaction(async (manager) => {
      const { link, client } = await this.usable(manager, token);
      const practice = await manager.findOneByOrFail(Practice, {
        id: link.practiceId,
      });
      return {
        status: isKnownDevice(device, client.id, this.config.sessionSecret)
          ? 'ready'
          : 'verify_required',
        language: client.preferredLanguage,
        practiceName: practice.name,
      };
    });
  }

  /**
   * Opens a portal session for the link's client. The date of birth is asked
   * unless this browser passed the check for this client before; five wrong
   * answers lock the link. The link is used up by the first success.
   */
  async open(
    token: string,
    dateOfBirth: string | undefined,
    caller: PortalCaller,
  ): Promise<{ token: string; clientId: string }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const { link, client } = await this.usable(manager, token, true);
      const actor = portalActor({ practiceId: link.practiceId, ...caller });
      const known = isKnownDevice(
        caller.device,
        client.id,
        this.config.sessionSecret,
      );
      if (dateOfBirth === undefined && !known)
        return { kind: 'verify' as const };
      if (dateOfBirth !== undefined && client.dateOfBirth !== dateOfBirth) {
        link.verifyFailures += 1;
        if (link.verifyFailures >= MAX_PORTAL_VERIFY_ATTEMPTS)
          link.lockedAt = new Date();
        await manager.save(link);
        await this.audit.recordAs(manager, actor, {
          ...this.entry(
            link.lockedAt ? 'portal.locked' : 'portal.verify_failed',
            link,
          ),
          outcome: 'denied',
        });
        return {
          kind: 'failed' as const,
          left: MAX_PORTAL_VERIFY_ATTEMPTS - link.verifyFailures,
        };
      }
      link.usedAt = new Date();
      await manager.save(link);
      const session = await this.sessions.open(
        manager,
        client.id,
        link.practiceId,
      );
      await this.audit.recordAs(manager, actor, {
        ...this.entry('portal.sign_in', link),
        details: {
          actor: 'client',
          linkId: link.id,
          kind: link.kind,
          portalSessionId: session.id,
          dateOfBirthChecked: dateOfBirth !== undefined,
        },
      });
      return { kind: 'open' as const, token: session.token, client };
    });
    if (outcome.kind === 'verify')
      throw new ApiError(401, 'portal_verify_required');
    // A failure is committed above; only now is it reported.
    if (outcome.kind === 'failed') {
      if (outcome.left <= 0) throw await this.lockedError(token);
      throw new ApiError(401, 'portal_verify_failed', {
        params: { left: outcome.left },
      });
    }
    return { token: outcome.token, clientId: outcome.client.id };
  }

  /**
   * Always the same work, whatever the address: one job is queued. Whether
   * the address belongs to anyone is looked up later by the job, so neither
   * the answer nor its timing tells.
   */
  async requestSignInLink(email: string, caller: PortalCaller): Promise<void> {
    const data: SignInLinkJob = {
      email: email.trim().toLowerCase(),
      ip: caller.ip,
      userAgent: caller.userAgent,
    };
    await this.dataSource.transaction((manager) =>
      this.jobs.send(manager, SIGN_IN_LINK_JOB, data, { id: randomUUID() }),
    );
    this.jobs.wake(SIGN_IN_LINK_JOB);
  }

  /**
   * Each client with this address who was invited to the portal gets a
   * link of their own practice.
   */
  private async issueSignInLinks(
    email: string,
    caller: Pick<PortalCaller, 'ip' | 'userAgent'>,
  ): Promise<void> {
    const wake = await this.dataSource.transaction(async (manager) => {
      const clients: Client[] = await manager
        .getRepository(Client)
        .createQueryBuilder('c')
        .where('lower(c.email) = lower(:email)', { email: email.trim() })
        .andWhere(`c.status <> 'archived'`)
        .andWhere(
          `EXISTS (SELECT 1 FROM portal_links l WHERE l.client_id = c.id AND l.kind = 'invitation')`,
        )
        .take(5)
        .getMany();
      for (const client of clients) {
        const token = newToken();
        const link = await manager.save(
          manager.create(PortalLink, {
            practiceId: client.practiceId,
            clientId: client.id,
            kind: 'sign_in',
            tokenHash: hashToken(token),
            createdById: null,
            expiresAt: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000),
          }),
        );
        const from = await senderInfo(
          manager,
          client.responsiblePractitionerId,
        );
        await this.outbox.add(manager, {
          kind: 'portal_sign_in',
          practiceId: client.practiceId,
          recipient: client.email.trim(),
          replyTo: from.practitionerEmail,
          language: client.preferredLanguage,
          link: `${this.config.publicUrl}/portaal/link/${token}`,
          clientId: client.id,
          params: {
            ...from,
            recipientName: client.firstName,
            validUntil: link.expiresAt,
          },
        });
        await this.audit.recordAs(
          manager,
          portalActor({ practiceId: client.practiceId, ...caller }),
          {
            ...this.entry('portal.sign_in_link', link),
            action: 'C',
          },
        );
      }
      return clients.length > 0;
    });
    if (wake) this.outbox.wake();
  }

  /**
   * Unknown links say nothing; a known one that is used, expired or locked
   * names the practice and the practitioner to contact.
   */
  private async usable(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{ link: PortalLink; client: Client }> {
    const link = await manager.findOne(PortalLink, {
      where: { tokenHash: hashToken(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const client = link
      ? await manager.findOneBy(Client, { id: link.clientId })
      : null;
    if (!link || !client) throw new ApiError(404, 'portal_link_unavailable');
    if (link.lockedAt)
      throw new ApiError(423, 'portal_link_locked', {
        extra: { contact: await this.contact(manager, link, client) },
      });
    if (
      link.usedAt ||
      link.expiresAt.getTime() <= Date.now() ||
      client.status === 'archived'
    )
      throw new ApiError(404, 'portal_link_unavailable', {
        extra: { contact: await this.contact(manager, link, client) },
      });
    return { link, client };
  }

  private async lockedError(token: string): Promise<ApiError> {
    try {
      await this.dataSource.transaction((m) => this.usable(m, token));
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    return new ApiError(423, 'portal_link_locked');
  }

  private async contact(
    manager: EntityManager,
    link: PortalLink,
    client: Client,
  ): Promise<PortalContact> {
    const practice = await manager.findOneByOrFail(Practice, {
      id: link.practiceId,
    });
    const practitioner = await manager.findOneBy(Practitioner, {
      id: client.responsiblePractitionerId,
    });
    return {
      practiceName: practice.name,
      practitionerName: practitioner?.displayName ?? '',
      practitionerEmail: practitioner?.email ?? '',
    };
  }

  private entry(event: AuditEventCode, link: PortalLink) {
    return {
      event,
      action: 'E' as const,
      part: 'portal',
      clientId: link.clientId,
      details: { actor: 'client', linkId: link.id, kind: link.kind },
    };
  }
}
