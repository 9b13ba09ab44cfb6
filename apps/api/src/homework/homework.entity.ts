import type {
  HomeworkFrequencyKind,
  HomeworkStatus,
} from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/**
 * Homework a practitioner gave a client: from the library (`exerciseId`) or
 * in their own words. The title and instructions are kept as written at the
 * time, in the client's language, so a later library text never changes
 * what the client was asked to do.
 */
@Entity({ name: 'homework_assignments' })
@Index('ix_homework_assignments_client', ['clientId', 'createdAt'])
@Check(
  'ck_homework_assignments_frequency',
  `("frequency" = 'daily' AND "times_per_week" IS NULL) OR ("frequency" = 'weekly' AND "times_per_week" BETWEEN 1 AND 7)`,
)
@Check('ck_homework_assignments_status', `"status" IN ('active', 'ended')`)
@Check('ck_homework_assignments_period', `"ends_on" >= "starts_on"`)
export class HomeworkAssignment {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_homework_assignments',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_homework_assignments_client',
  })
  client?: Client;

  @Column({ type: 'text', nullable: true })
  exerciseId: string | null;

  @Column({ type: 'text' })
  domain: DomainId;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  instructions: string;

  @Column({ type: 'text' })
  frequency: HomeworkFrequencyKind;

  @Column({ type: 'integer', nullable: true })
  timesPerWeek: number | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: 'active' })
  status: HomeworkStatus;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  /** The session note whose homework line this came from, if any. */
  @Column({ type: 'uuid', nullable: true })
  sessionNoteId: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One day the client ticked an assignment off: at most one row per day. */
@Entity({ name: 'homework_completions' })
@Unique('uq_homework_completions_day', ['assignmentId', 'doneOn'])
@Check(
  'ck_homework_completions_minutes',
  `"minutes" IS NULL OR "minutes" BETWEEN 0 AND 1440`,
)
export class HomeworkCompletion {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_homework_completions',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => HomeworkAssignment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assignment_id',
    foreignKeyConstraintName: 'fk_homework_completions_assignment',
  })
  assignment?: HomeworkAssignment;

  @Column({ type: 'date' })
  doneOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
