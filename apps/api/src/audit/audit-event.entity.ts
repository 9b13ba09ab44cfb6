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
 *
 * The chain columns are filled by a trigger (see the audit-chain migration):
 * each line's hash covers its content and the previous line's hash in its
 * chain (a practice has 8, so concurrent writers do not queue on one).
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_client', ['practiceId', 'clientId', 'occurredAt'])
@Index('ix_audit_events_user', ['practiceId', 'userId', 'occurredAt'])
@Index('ix_audit_events_practice', ['practiceId', 'occurredAt'])
@Index('ux_audit_events_chain', ['practiceId', 'chainNo', 'chainSeq'], {
  unique: true,
})
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

  /** Which of the practice's 8 chains (0-7). Set by the database. */
  @Column({ type: 'smallint', insert: false, update: false })
  chainNo: number;

  /** Position in its chain, from 1. Set by the database. */
  @Column({ type: 'bigint', insert: false, update: false })
  chainSeq: string;

  @Column({ type: 'text', insert: false, update: false })
  prevHash: string;

  @Column({ type: 'text', insert: false, update: false })
  hash: string;
}
