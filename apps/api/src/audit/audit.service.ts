import type { AuditAction, AuditOutcome } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  event: string;
  action: AuditAction;
  part: string;
  clientId?: string | null;
  /** The responsible practitioner of the client, when there is one. */
  onBehalfOfId?: string | null;
  outcome?: AuditOutcome;
  /** Filters, counts, ids: never names, answers or notes. */
  details?: Record<string, unknown> | null;
}

/**
 * Writes access-log lines. Callers pass the transaction's EntityManager, so a
 * change and the line that describes it commit or roll back together.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const event = manager.create(AuditEvent, {
      practiceId: ctx.practiceId,
      event: entry.event,
      action: entry.action,
      part: entry.part,
      clientId: entry.clientId ?? null,
      userId: ctx.practitionerId,
      onBehalfOfId: entry.onBehalfOfId ?? null,
      role: ctx.role,
      outcome: entry.outcome ?? 'success',
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      details: entry.details ?? null,
    });
    await manager.save(event);
  }
}
