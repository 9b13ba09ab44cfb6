import type { RedFlagReview as RedFlagReviewDto } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { touchClient } from '../clients/client-summary';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { AcknowledgeRedFlagDto } from './dto/acknowledge-red-flag.dto';
import { RedFlagReview } from './red-flag-review.entity';

@Injectable()
export class RedFlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
  ) {}

  /** Open flags first, then the acknowledged ones, newest first. */
  async list(
    ctx: RequestContext,
    clientId: string,
  ): Promise<RedFlagReviewDto[]> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const rows = await manager.find(RedFlagReview, {
      where: { clientId: client.id },
      order: { raisedAt: 'DESC' },
    });
    rows.sort(
      (a, b) =>
        Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null),
    );
    const reviews = await this.map(manager, rows);
    await this.lines.record(ctx, {
      event: 'red_flag.read',
      action: 'R',
      part: 'red_flags',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
    });
    return reviews;
  }

  /** Who acknowledged, when, and what was done: stored once, never changed. */
  async acknowledge(
    ctx: RequestContext,
    id: string,
    dto: AcknowledgeRedFlagDto,
  ): Promise<RedFlagReviewDto> {
    return this.dataSource.transaction(async (manager) => {
      const { row: review, client } = await this.access.findOf(
        manager,
        ctx,
        RedFlagReview,
        id,
        { lock: true, lockClient: true },
      );
      if (review.acknowledgedAt) throw new ApiError(409, 'conflict');
      review.acknowledgedAt = new Date();
      review.acknowledgedById = ctx.practitionerId;
      review.action = dto.action;
      review.note = dto.note ?? null;
      await manager.save(review);
      const open = await manager.countBy(RedFlagReview, {
        clientId: client.id,
        acknowledgedAt: IsNull(),
      });
      await touchClient(manager, client.id, {
        openRedFlagCount: open,
        lastActivityAt: new Date(),
      });
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'red_flags',
        'red_flag.acknowledge',
        'U',
        { redFlagId: review.id, action: dto.action },
      );
      return (await this.map(manager, [review]))[0] as RedFlagReviewDto;
    });
  }

  private async map(
    manager: EntityManager,
    rows: RedFlagReview[],
  ): Promise<RedFlagReviewDto[]> {
    const ids = [
      ...new Set(
        rows.map((r) => r.acknowledgedById).filter((x): x is string => !!x),
      ),
    ];
    const name = await practitionerNames(manager, ids);
    return rows.map((r) => ({
      id: r.id,
      clientId: r.clientId,
      assessmentId: r.assessmentId,
      checkInId: r.checkInId,
      flag: r.flag,
      raisedAt: r.raisedAt.toISOString(),
      acknowledged:
        r.acknowledgedAt && r.acknowledgedById && r.action
          ? {
              at: r.acknowledgedAt.toISOString(),
              by: name(r.acknowledgedById),
              action: r.action,
              note: r.note,
            }
          : null,
    }));
  }
}
