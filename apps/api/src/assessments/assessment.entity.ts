import type {
  AssessmentEnteredBy,
  IntakeVariant,
} from '@herstelkompas/contracts';
import type { Answers, AssessmentResult, RedFlag } from '@herstelkompas/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Client } from '../clients/client.entity';

/**
 * One scored intake. Scores, flags and ranking are stored as computed at
 * submit, with the algorithm version: a later version never rewrites history.
 */
@Entity({ name: 'assessments' })
@Index('ix_assessments_client', ['clientId', 'submittedAt'])
@Index('ux_assessments_invitation', ['invitationId'], { unique: true })
@Check(
  'ck_assessments_entered_by',
  `"entered_by" IN ('client', 'practitioner')`,
)
export class Assessment {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_assessments',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_assessments_client',
  })
  client?: Client;

  /** Set for intakes by link: at most one assessment per invitation (idempotent submit). */
  @Column({ type: 'uuid', nullable: true })
  invitationId: string | null;

  @Column({ type: 'text' })
  variant: IntakeVariant;

  @Column({ type: 'text' })
  instrumentId: string;

  @Column({ type: 'integer' })
  instrumentVersion: number;

  @Column({ type: 'text' })
  enteredBy: AssessmentEnteredBy;

  @Column({ type: 'uuid', nullable: true })
  enteredByPractitionerId: string | null;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'jsonb' })
  answers: Answers;

  @Column({ type: 'text' })
  algorithmVersion: string;

  @Column({ type: 'jsonb' })
  domainScores: AssessmentResult['domainScores'];

  @Column({ type: 'jsonb' })
  pain: AssessmentResult['pain'];

  @Column({ type: 'jsonb' })
  redFlags: RedFlag[];

  @Column({ type: 'jsonb' })
  ranking: AssessmentResult['ranking'];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
