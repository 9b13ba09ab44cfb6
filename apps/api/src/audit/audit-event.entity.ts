import type {
  AuditAction,
  AuditOutcome,
  PractitionerRole,
} from '@herstelkompas/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One NEN 7513 access-log line. Append-only: a trigger in the database refuses
 * UPDATE, DELETE and TRUNCATE. `client_id` has no foreign key on purpose: the
 * line outlives an erased record.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_client', ['practiceId', 'clientId', 'occurredAt'])
@Index('ix_audit_events_user', ['practiceId', 'userId', 'occurredAt'])
@Index('ix_audit_events_practice', ['practiceId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_audit_events',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'char', length: 1 })
  action: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  onBehalfOfId: string | null;

  @Column({ type: 'text', nullable: true })
  role: PractitionerRole | null;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ type: 'text' })
  part: string;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
