import type { AuditEventCode } from '@herstelkompas/contracts';
import type {
  AuditAction,
  AuditOutcome,
  PractitionerRole,
} from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  event: AuditEventCode;
  action: AuditAction;
  part: string;
  clientId?: string | null;
  /** The responsible practitioner of the client, when there is one. */
  onBehalfOfId?: string | null;
  outcome?: AuditOutcome;
  /** Filters, counts, ids: never names, answers or notes. */
  details?: Record<string, unknown> | null;
}

/** Who acted: a practitioner, or a client through their intake link (no user id). */
export interface AuditActor {
  practiceId: string;
  userId: string | null;
  role: PractitionerRole | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Writes access-log lines. Callers pass the transaction's EntityManager, so a
 * change and the line that describes it commit or roll back together.
 */
@Injectable()
export class AuditService {
  record(
    manager: EntityManager,
    ctx: RequestContext,
    entry: AuditEntry,
  ): Promise<void> {
    return this.recordAs(
      manager,
      {
        practiceId: ctx.practiceId,
        userId: ctx.practitionerId,
        role: ctx.role,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      },
      entry,
    );
  }

  /**
   * A line about one client's record, written on behalf of the client's
   * responsible practitioner: the one shape the features log reads and
   * writes of client data with.
   */
  recordForClient(
    manager: EntityManager,
    ctx: RequestContext,
    client: { id: string; responsiblePractitionerId: string | null },
    part: string,
    event: AuditEventCode,
    action: AuditAction,
    details: Record<string, unknown> | null = null,
  ): Promise<void> {
    return this.record(manager, ctx, {
      event,
      action,
      part,
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details,
    });
  }

  async recordAs(
    manager: EntityManager,
    actor: AuditActor,
    entry: AuditEntry,
  ): Promise<void> {
    const event = manager.create(AuditEvent, {
      practiceId: actor.practiceId,
      event: entry.event,
      action: entry.action,
      part: entry.part,
      clientId: entry.clientId ?? null,
      userId: actor.userId,
      onBehalfOfId: entry.onBehalfOfId ?? null,
      role: actor.role,
      outcome: entry.outcome ?? 'success',
      ip: actor.ip,
      userAgent: actor.userAgent,
      details: entry.details ?? null,
    });
    await manager.save(event);
  }
}
