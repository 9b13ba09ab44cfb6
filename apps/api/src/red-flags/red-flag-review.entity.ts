import type { RedFlagAction } from '@herstelkompas/contracts';
import type { RedFlag } from '@herstelkompas/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';

/** A red flag that needs the practitioner's attention, open until acknowledged. */
@Entity({ name: 'red_flag_reviews' })
@Index('ix_red_flag_reviews_client_open', ['clientId', 'acknowledgedAt'])
export class RedFlagReview {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_red_flag_reviews',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'fk_red_flag_reviews_assessment',
  })
  assessment?: Assessment;

  @Column({ type: 'jsonb' })
  flag: RedFlag;

  @CreateDateColumn({ type: 'timestamptz' })
  raisedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @Column({ type: 'text', nullable: true })
  action: RedFlagAction | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
