import type {
  CreatedInvitation,
  IntakeInvitation as InvitationDto,
  InvitationListItem,
} from '@herstelkompas/contracts';
import { formatPersonName, nameSortKey } from '@herstelkompas/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { instrumentFor } from '../assessments/instruments';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/tokens';
import { ClientAccess } from '../clients/client-access';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { practitionerNames } from '../practices/practitioner-names';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { IntakeInvitation } from './intake-invitation.entity';
import { toInvitation } from './invitation-status';

export const DEFAULT_EXPIRY_DAYS = 14;

/** The practitioner's side of intake links: send, list, revoke. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateInvitationDto,
  ): Promise<CreatedInvitation> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const token = newToken();
      const definition = instrumentFor(dto.variant);
      const invitation = await manager.save(
        manager.create(IntakeInvitation, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          tokenHash: hashToken(token),
          variant: dto.variant,
          instrumentId: definition.id,
          instrumentVersion: definition.version,
          language: client.preferredLanguage,
          createdById: ctx.practitionerId,
          expiresAt: new Date(
            Date.now() +
              (dto.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * 86_400_000,
          ),
        }),
      );
      await this.audit.record(manager, ctx, {
        event: 'intake.invite',
        action: 'C',
        part: 'intake',
        clientId: client.id,
        onBehalfOfId: client.responsiblePractitionerId,
        details: { invitationId: invitation.id, variant: dto.variant },
      });
      return {
        ...toInvitation(invitation),
        url: `${this.config.publicUrl}/intake/${token}`,
      };
    });
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
      await this.audit.record(manager, ctx, {
        event: 'intake.read',
        action: 'R',
        part: 'intake',
        clientId: client.id,
        onBehalfOfId: client.responsiblePractitionerId,
      });
      return rows.map((r) => toInvitation(r));
    });
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
        await this.audit.record(manager, ctx, {
          event: 'intake.revoke',
          action: 'U',
          part: 'intake',
          clientId: invitation.clientId,
          details: { invitationId: invitation.id },
        });
      }
      return toInvitation(invitation);
    });
  }

  private async findAccessible(
    manager: import('typeorm').EntityManager,
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
