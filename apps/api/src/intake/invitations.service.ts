import type {
  CreatedInvitation,
  IntakeInvitation as InvitationDto,
  InvitationListItem,
} from '@herstelkompas/contracts';
import { formatPersonName, nameSortKey } from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { retryTimes, toDelivery } from '../mail/deliveries';
import { MailMessage } from '../mail/mail-message.entity';
import { Outbox } from '../mail/outbox';
import { practitionerNames } from '../practices/practitioner-names';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { IntakeInvitation } from './intake-invitation.entity';
import { InvitationIssuer } from './invitation-issuer';
import { toInvitation } from './invitation-mapper';

/** The practitioner's side of intake links: send, list, revoke. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly issuer: InvitationIssuer,
  ) {}

  /**
   * With `send: "email"` the invitation, its mail and the mail's job are one
   * transaction: the answer means the mail is queued, and a failure leaves
   * neither an invitation nor a mail behind.
   */
  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    const created = await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const byEmail = dto.send === 'email';
      if (byEmail && !client.email?.trim())
        throw new ValidationFailed([
          { field: 'send', code: 'client_no_email' },
        ]);
      const created = await this.issuer.issue(manager, {
        client,
        practitionerId: ctx.practitionerId,
        variant: dto.variant,
        expiresInDays: dto.expiresInDays,
        byEmail,
      });
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'intake',
        'intake.invite',
        'C',
        {
          invitationId: created.id,
          variant: dto.variant,
          send: byEmail ? 'email' : 'link',
        },
      );
      return created;
    });
    if (created.delivery) this.outbox.wake();
    return created;
  }

  async listForClient(
    ctx: RequestContext,
    clientId: string,
  ): Promise<InvitationDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const rows = await manager.find(IntakeInvitation, {
        where: { clientId: client.id },
        order: { createdAt: 'DESC' },
      });
      const delivery = await this.deliveries(manager, ctx, rows);
      const reminder = await this.deliveries(
        manager,
        ctx,
        rows,
        'intake_reminder',
      );
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'intake',
        'intake.read',
        'R',
      );
      return rows.map((r) => ({
        ...toInvitation(r),
        delivery: delivery.get(r.id) ?? null,
        reminder: reminder.get(r.id) ?? null,
      }));
    });
  }

  /** The invitation mail (or its reminder) of each invitation. */
  private async deliveries(
    manager: EntityManager,
    ctx: RequestContext,
    invitations: IntakeInvitation[],
    kind: 'intake_invitation' | 'intake_reminder' = 'intake_invitation',
  ): Promise<Map<string, InvitationDto['delivery']>> {
    if (!invitations.length) return new Map();
    const mails = await manager.find(MailMessage, {
      where: {
        practiceId: ctx.practiceId,
        kind,
        intakeInvitationId: In(invitations.map((i) => i.id)),
      },
    });
    const retries = await retryTimes(manager, mails);
    return new Map(
      mails.map((m) => [
        m.intakeInvitationId as string,
        toDelivery(m, retries),
      ]),
    );
  }

  /** Open invitations across the clients the caller may see, oldest first. */
  async listOpen(ctx: RequestContext): Promise<InvitationListItem[]> {
    return this.dataSource.transaction(async (manager) => {
      const clients = this.access.query(manager, ctx).select('c.id');
      const rows = await manager
        .getRepository(IntakeInvitation)
        .createQueryBuilder('i')
        .innerJoinAndSelect('i.client', 'client')
        .where(`i.client_id IN (${clients.getQuery()})`)
        .setParameters(clients.getParameters())
        .andWhere('i.submitted_at IS NULL AND i.revoked_at IS NULL')
        .orderBy('i.createdAt', 'ASC')
        .take(500)
        .getMany();
      const delivery = await this.deliveries(manager, ctx, rows);
      const ids = [
        ...new Set(
          rows.map(
            (r) =>
              (r.client as { responsiblePractitionerId: string })
                .responsiblePractitionerId,
          ),
        ),
      ];
      const name = await practitionerNames(manager, ids);
      // A list across clients: logged like a search, with what it showed.
      await this.audit.record(manager, ctx, {
        event: 'intake.search',
        action: 'E',
        part: 'intake',
        details: { filters: { open: true }, resultCount: rows.length },
      });
      return rows.map((r) => {
        const client = r.client as NonNullable<typeof r.client>;
        return {
          ...toInvitation(r),
          delivery: delivery.get(r.id) ?? null,
          client: {
            id: client.id,
            displayName: formatPersonName(client),
            sortName: nameSortKey(client),
          },
          responsiblePractitioner: name(client.responsiblePractitionerId),
        };
      });
    });
  }

  async revoke(
    ctx: RequestContext,
    invitationId: string,
  ): Promise<InvitationDto> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findAccessible(manager, ctx, invitationId);
      // A sent intake's link can be revoked too: the assessment stays, the
      // link stops opening.
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await manager.update(
          IntakeInvitation,
          { id: invitation.id, revokedAt: IsNull() },
          { revokedAt: invitation.revokedAt },
        );
        await this.outbox.cancelForInvitation(manager, invitation.id);
        await this.audit.record(manager, ctx, {
          event: 'intake.revoke',
          action: 'U',
          part: 'intake',
          clientId: invitation.clientId,
          details: { invitationId: invitation.id },
        });
      }
      const delivery = await this.deliveries(manager, ctx, [invitation]);
      return {
        ...toInvitation(invitation),
        delivery: delivery.get(invitation.id) ?? null,
      };
    });
  }

  private async findAccessible(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<IntakeInvitation> {
    const { row } = await this.access.findOf(
      manager,
      ctx,
      IntakeInvitation,
      id,
    );
    return row;
  }
}
