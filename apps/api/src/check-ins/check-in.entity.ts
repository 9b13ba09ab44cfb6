import type { CheckInStatus } from '@herstelkompas/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/**
 * A client's weekly check-in: their own 0-10 estimate, one per ISO week in
 * Amsterdam. Kept apart from the intake's assessments on purpose: it is
 * never scored, ranked or mixed into the domain scores.
 */
@Entity({ name: 'check_ins' })
@Index('ux_check_ins_client_week', ['clientId', 'week'], { unique: true })
@Index('ix_check_ins_client_submitted', ['clientId', 'submittedAt'])
@Check('ck_check_ins_status', `"status" IN ('draft', 'submitted')`)
@Check(
  'ck_check_ins_values',
  `"pain_now" BETWEEN 0 AND 10 AND "stress" BETWEEN 0 AND 10 AND "breathing" BETWEEN 0 AND 10 AND "movement" BETWEEN 0 AND 10 AND "nutrition" BETWEEN 0 AND 10 AND "sleep" BETWEEN 0 AND 10 AND "immune" BETWEEN 0 AND 10 AND "movement_safety" BETWEEN 0 AND 10`,
)
@Check(
  'ck_check_ins_submitted_complete',
  `"status" = 'draft' OR ("submitted_at" IS NOT NULL AND "pain_now" IS NOT NULL AND "stress" IS NOT NULL AND "breathing" IS NOT NULL AND "movement" IS NOT NULL AND "nutrition" IS NOT NULL AND "sleep" IS NOT NULL AND "immune" IS NOT NULL AND "movement_safety" IS NOT NULL)`,
)
export class CheckIn {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_check_ins' })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_check_ins_client',
  })
  client?: Client;

  /** ISO week in Europe/Amsterdam, `2027-W13`. */
  @Column({ type: 'text' })
  week: string;

  @Column({ type: 'text' })
  status: CheckInStatus;

  @Column({ type: 'smallint', nullable: true })
  painNow: number | null;

  @Column({ type: 'smallint', nullable: true })
  stress: number | null;

  @Column({ type: 'smallint', nullable: true })
  breathing: number | null;

  @Column({ type: 'smallint', nullable: true })
  movement: number | null;

  @Column({ type: 'smallint', nullable: true })
  nutrition: number | null;

  @Column({ type: 'smallint', nullable: true })
  sleep: number | null;

  @Column({ type: 'smallint', nullable: true })
  immune: number | null;

  @Column({ type: 'smallint', nullable: true })
  movementSafety: number | null;

  /** Homework assignment ids ticked as done this week. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  homeworkDone: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Short red-flag screen: the questions answered "yes". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  redFlagsYes: string[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
