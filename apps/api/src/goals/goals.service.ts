import type { AuditEventCode } from '@herstelkompas/contracts';
import type { Goal } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { RequestContext } from '../common/request-context';
import { CreateGoalDto, UpdateGoalDto } from './dto/goal.dto';
import { GoalRow } from './goal.entity';

@Injectable()
export class GoalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, clientId: string): Promise<Goal[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const rows = await manager.find(GoalRow, {
        where: { clientId: client.id },
        order: { createdAt: 'ASC' },
      });
      await this.log(manager, ctx, client, 'goal.read', 'R', null);
      return this.map(manager, client.id, rows);
    });
  }

  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateGoalDto,
  ): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const row = await manager.save(
        manager.create(GoalRow, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          domain: dto.domain,
          description: dto.description,
          target: dto.target ?? null,
          dueDate: dto.dueDate ?? null,
          status: dto.status ?? 'proposed',
          createdById: ctx.practitionerId,
        }),
      );
      await this.log(manager, ctx, client, 'goal.create', 'C', row.id);
      return (await this.map(manager, client.id, [row]))[0] as Goal;
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateGoalDto,
  ): Promise<Goal> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.access.findOf(
        manager,
        ctx,
        GoalRow,
        id,
        { lock: true },
      );
      const changes = Object.fromEntries(
        Object.entries(dto).filter(([, v]) => v !== undefined),
      );
      Object.assign(row, changes);
      const saved = await manager.save(row);
      // Which fields changed, never their words: the log holds no client text.
      await this.log(manager, ctx, client, 'goal.update', 'U', row.id, {
        status: saved.status,
        fields: Object.keys(changes).sort(),
      });
      return (await this.map(manager, client.id, [saved]))[0] as Goal;
    });
  }

  /** Progress of score targets from the latest assessment: lower domain score = less disturbed. */
  private async map(
    manager: EntityManager,
    clientId: string,
    rows: GoalRow[],
  ): Promise<Goal[]> {
    const latest = rows.some((r) => r.target?.kind === 'score_below')
      ? await manager.findOne(Assessment, {
          where: { clientId },
          order: { submittedAt: 'DESC' },
          select: { id: true, domainScores: true },
        })
      : null;
    return rows.map((r) => {
      const score = latest?.domainScores[r.domain]?.score ?? null;
      return {
        id: r.id,
        clientId: r.clientId,
        domain: r.domain,
        description: r.description,
        target: r.target,
        dueDate: r.dueDate,
        status: r.status,
        progress:
          r.target?.kind === 'score_below'
            ? {
                latestScore: score,
                met: score === null ? null : score < r.target.value,
              }
            : null,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }

  private log(
    manager: EntityManager,
    ctx: RequestContext,
    client: Client,
    event: AuditEventCode,
    action: 'C' | 'R' | 'U',
    goalId: string | null,
    extra: Record<string, unknown> = {},
  ) {
    return this.audit.record(manager, ctx, {
      event,
      action,
      part: 'goals',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: { ...(goalId ? { goalId } : {}), ...extra },
    });
  }
}
