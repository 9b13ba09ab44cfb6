import type { Assessment as AssessmentDto } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLineBuffer } from '../audit/audit-line-buffer';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { toAssessment } from './assessment-mapper';
import { Assessment } from './assessment.entity';
import { EnterAssessmentDto } from './dto/enter-assessment.dto';
import { assertValidAnswers, instrumentFor } from './instruments';
import { recordAssessment } from './record-assessment';

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly lines: AuditLineBuffer,
  ) {}

  /** Every assessment of a client, newest first. */
  async list(
    ctx: RequestContext,
    clientId: string,
  ): Promise<{ items: AssessmentDto[] }> {
    // A read: no transaction; its line is committed before the answer.
    const manager = this.dataSource.manager;
    const client = await this.access.find(manager, ctx, clientId);
    const rows = await manager.find(Assessment, {
      where: { clientId: client.id },
      order: { submittedAt: 'DESC' },
    });
    const items = await this.map(manager, rows);
    await this.lines.record(ctx, {
      event: 'assessment.read',
      action: 'R',
      part: 'assessments',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: { count: rows.length },
    });
    return { items };
  }

  /** An intake entered by the practitioner during a session, scored like any other. */
  async enter(
    ctx: RequestContext,
    clientId: string,
    dto: EnterAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId, {
        lock: true,
      });
      if (client.status === 'archived') throw new ApiError(409, 'conflict');
      const definition = instrumentFor(dto.variant);
      const answers = assertValidAnswers(definition, dto.answers, false);
      const assessment = await recordAssessment(manager, {
        client,
        definition,
        variant: dto.variant,
        answers,
        enteredBy: 'practitioner',
        practitionerId: ctx.practitionerId,
      });
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'assessments',
        'assessment.enter',
        'C',
        { assessmentId: assessment.id },
      );
      return (await this.map(manager, [assessment]))[0] as AssessmentDto;
    });
  }

  private async map(
    manager: EntityManager,
    rows: Assessment[],
  ): Promise<AssessmentDto[]> {
    const ids = [
      ...new Set(
        rows
          .map((r) => r.enteredByPractitionerId)
          .filter((id): id is string => !!id),
      ),
    ];
    const name = await practitionerNames(manager, ids);
    return rows.map((r) =>
      toAssessment(
        r,
        r.enteredByPractitionerId
          ? name(r.enteredByPractitionerId).displayName
          : undefined,
      ),
    );
  }
}
