import type { Goal as GoalDto } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { RequestContext } from '../common/request-context';
import { CreateGoalDto } from './dto/create-goal.dto';
import { UpdateGoalDto } from './dto/update-goal.dto';
import { Goal } from './goal.entity';

@Injectable()
export class GoalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
  ) {}

  async list(ctx: RequestContext, clientId: string): Promise<GoalDto[]> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const rows = await manager.find(Goal, {
      where: { clientId: client.id },
      order: { createdAt: 'ASC' },
    });
    const goals = await this.map(manager, client.id, rows);
    await this.lines.record(ctx, {
      event: 'goal.read',
      action: 'R',
      part: 'goals',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: {},
    });
    return goals;
  }

  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateGoalDto,
  ): Promise<GoalDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const row = await manager.save(
        manager.create(Goal, {
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
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'goals',
        'goal.create',
        'C',
        { goalId: row.id },
      );
      return (await this.map(manager, client.id, [row]))[0] as GoalDto;
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateGoalDto,
  ): Promise<GoalDto> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.access.findOf(manager, ctx, Goal, id, {
        lock: true,
      });
      const changes = Object.fromEntries(
        Object.entries(dto).filter(([, v]) => v !== undefined),
      );
      Object.assign(row, changes);
      const saved = await manager.save(row);
      // Which fields changed, never their words: the log holds no client text.
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'goals',
        'goal.update',
        'U',
        {
          goalId: row.id,
          status: saved.status,
          fields: Object.keys(changes).sort(),
        },
      );
      return (await this.map(manager, client.id, [saved]))[0] as GoalDto;
    });
  }

  /** Progress of score targets from the latest assessment: lower domain score = less disturbed. */
  private async map(
    manager: EntityManager,
    clientId: string,
    rows: Goal[],
  ): Promise<GoalDto[]> {
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
}
