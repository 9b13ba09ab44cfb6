import type {
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import {
  buildDecision,
  type PriorityDecision as DomainPriorityDecision,
  validateDecision,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess, UUID } from '../clients/client-access';
import { touchClient } from '../clients/client-summary';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { computePriority } from './compute-priority';
import { CreatePriorityDecisionDto } from './dto/create-priority-decision.dto';
import { PriorityDecision } from './priority-decision.entity';
import { readPriorityView } from './priority-view-query';

@Injectable()
export class PriorityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
  ) {}

  async view(ctx: RequestContext, clientId: string): Promise<PriorityView> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    if (!UUID.test(clientId)) throw new ApiError(404, 'not_found');
    const found = await readPriorityView(manager, ctx, clientId);
    if (!found) throw await this.access.refusal(manager, clientId);
    await this.lines.record(ctx, {
      event: 'priority.read',
      action: 'R',
      part: 'priority',
      clientId: found.client.id,
      onBehalfOfId: found.client.responsiblePractitionerId,
    });
    return found.view;
  }

  /**
   * Validated by libs/domain against the ranking computed now; stored, never
   * changed. The same decision again on the same assessment (a second click,
   * a resent form) stores nothing: the current one comes back, `created` false.
   */
  async decide(
    ctx: RequestContext,
    clientId: string,
    dto: CreatePriorityDecisionDto,
  ): Promise<{ record: PriorityDecisionRecord; created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId, {
        lock: true,
      });
      const computed = await computePriority(manager, client.id);
      if (!computed) throw new ApiError(409, 'no_assessment');
      const validation = validateDecision(dto, computed.ranking);
      if (!validation.valid) {
        throw new ValidationFailed(
          validation.errors.map((e) => ({
            field: e.field,
            code: e.code,
            text: e.message,
          })),
        );
      }
      const decision = buildDecision(dto, computed.ranking);
      const previous = await manager.findOne(PriorityDecision, {
        where: { clientId: client.id },
        order: { decidedAt: 'DESC' },
      });
      if (
        previous &&
        previous.assessmentId === computed.latest.id &&
        sameDecision(previous, decision)
      ) {
        await this.audit.recordForClient(
          manager,
          ctx,
          client,
          'priority',
          'priority.read',
          'R',
          { decisionId: previous.id, repeated: true },
        );
        const [record] = await this.map(manager, [previous]);
        return { record: record as PriorityDecisionRecord, created: false };
      }
      const row = await manager.save(
        manager.create(PriorityDecision, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          assessmentId: computed.latest.id,
          algorithmVersion: decision.algorithmVersion,
          computedRanking: [...decision.computed.entries],
          finalOrder: [...decision.finalOrder],
          focusDomains: [...decision.focusDomains],
          reasonCode: decision.reasonCode,
          reasonText: decision.reasonText,
          differsFromComputed: decision.differsFromComputed,
          decidedById: ctx.practitionerId,
          supersedesId: previous?.id ?? null,
        }),
      );
      await touchClient(manager, client.id, {
        focusDomains: [...decision.focusDomains],
        lastActivityAt: new Date(),
      });
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'priority',
        'priority.decide',
        'C',
        {
          decisionId: row.id,
          reasonCode: decision.reasonCode,
          differsFromComputed: decision.differsFromComputed,
        },
      );
      const [record] = await this.map(manager, [row]);
      return { record: record as PriorityDecisionRecord, created: true };
    });
  }

  private async map(
    manager: EntityManager,
    rows: PriorityDecision[],
  ): Promise<PriorityDecisionRecord[]> {
    const ids = [...new Set(rows.map((r) => r.decidedById))];
    const name = await practitionerNames(manager, ids);
    return rows.map((r) => ({
      id: r.id,
      assessmentId: r.assessmentId,
      algorithmVersion: r.algorithmVersion,
      computedRanking: r.computedRanking,
      order: r.finalOrder,
      focusDomains: r.focusDomains,
      reasonCode: r.reasonCode,
      reasonText: r.reasonText,
      differsFromComputed: r.differsFromComputed,
      decidedBy: {
        id: r.decidedById,
        displayName: name(r.decidedById).displayName,
      },
      decidedAt: r.decidedAt.toISOString(),
      supersedesId: r.supersedesId,
    }));
  }
}

/** Same order, focus and reason, on the same version of the ranking. */
function sameDecision(
  row: PriorityDecision,
  decision: DomainPriorityDecision,
): boolean {
  return (
    row.algorithmVersion === decision.algorithmVersion &&
    row.finalOrder.join() === decision.finalOrder.join() &&
    row.focusDomains.join() === decision.focusDomains.join() &&
    row.reasonCode === decision.reasonCode &&
    (row.reasonText ?? '') === (decision.reasonText ?? '')
  );
}
