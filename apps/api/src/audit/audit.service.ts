import type { AuditEventCode } from '@herstelkompas/contracts';
import type {
  AuditAction,
  AuditOutcome,
  PractitionerRole,
} from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../common/request-context';

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

/** The columns a line is written with; the rest are filled by defaults and the chain trigger. */
export const LINE_COLUMNS = [
  'practice_id',
  'event',
  'action',
  'part',
  'client_id',
  'user_id',
  'on_behalf_of_id',
  'role',
  'outcome',
  'ip',
  'user_agent',
  'details',
] as const;

/** One line's values, in the order of LINE_COLUMNS. */
export function lineValues(actor: AuditActor, entry: AuditEntry): unknown[] {
  return [
    actor.practiceId,
    entry.event,
    entry.action,
    entry.part,
    entry.clientId ?? null,
    actor.userId,
    entry.onBehalfOfId ?? null,
    actor.role,
    entry.outcome ?? 'success',
    actor.ip,
    actor.userAgent,
    entry.details ? JSON.stringify(entry.details) : null,
  ];
}

const INSERT_LINE = `INSERT INTO audit_events (${LINE_COLUMNS.join(', ')})
  VALUES (${LINE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;

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

  /**
   * A plain INSERT: nothing of the saved row is needed back, and saving an
   * entity (building the statement, RETURNING and hydrating the generated
   * columns) cost several times the CPU of the statement itself.
   */
  async recordAs(
    manager: EntityManager,
    actor: AuditActor,
    entry: AuditEntry,
  ): Promise<void> {
    await manager.query(INSERT_LINE, lineValues(actor, entry));
  }
}
