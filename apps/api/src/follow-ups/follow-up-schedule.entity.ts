import type { IntakeVariant, SendBy } from '@herstelkompas/contracts';
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
 * One client's follow-up intakes on a schedule: every N weeks, or once on a
 * date. `nextDueOn` is the day (Europe/Amsterdam) the next invitation is
 * made; the job that makes it moves it on under a row lock, so each due day
 * yields one invitation however many processes run the job.
 */
@Entity({ name: 'follow_up_schedules' })
@Index('ux_follow_up_schedules_client', ['clientId'], { unique: true })
@Index('ix_follow_up_schedules_practice', ['practiceId'])
@Check(
  'ck_follow_up_schedules_rule',
  `("every_weeks" IS NULL) <> ("on_date" IS NULL) AND ("every_weeks" IS NULL OR "every_weeks" BETWEEN 1 AND 52)`,
)
@Check(
  'ck_follow_up_schedules_variant',
  `"variant" IN ('baseline', 'follow_up')`,
)
@Check('ck_follow_up_schedules_send', `"send" IN ('link', 'email')`)
export class FollowUpSchedule {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_follow_up_schedules',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_follow_up_schedules_client',
  })
  client?: Client;

  @Column({ type: 'integer', nullable: true })
  everyWeeks: number | null;

  @Column({ type: 'date', nullable: true })
  onDate: string | null;

  @Column({ type: 'date' })
  nextDueOn: string;

  @Column({ type: 'text' })
  variant: IntakeVariant;

  @Column({ type: 'text' })
  send: SendBy;

  /** Counts changes: the job of an older setting has another id. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ type: 'uuid' })
  createdById: string;

  /** The last invitation the schedule made, and the day it was due. */
  @Column({ type: 'uuid', nullable: true })
  lastInvitationId: string | null;

  @Column({ type: 'date', nullable: true })
  lastRunOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
