import type { RedFlagAction } from '@herstelkompas/contracts';
import type { RedFlag } from '@herstelkompas/domain';
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
import { Assessment } from '../assessments/assessment.entity';
import { CheckIn } from '../check-ins/check-in.entity';

/** A red flag that needs the practitioner's attention, open until acknowledged. */
@Entity({ name: 'red_flag_reviews' })
@Index('ix_red_flag_reviews_client_open', ['clientId', 'acknowledgedAt'])
@Check(
  'ck_red_flag_reviews_source',
  `"assessment_id" IS NOT NULL OR "check_in_id" IS NOT NULL`,
)
export class RedFlagReview {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_red_flag_reviews',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  /** The intake that raised it; null when a check-in did. */
  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'fk_red_flag_reviews_assessment',
  })
  assessment?: Assessment;

  /** The check-in whose short red-flag screen raised it; null for an intake's. */
  @Column({ type: 'uuid', nullable: true })
  checkInId: string | null;

  @ManyToOne(() => CheckIn, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'check_in_id',
    foreignKeyConstraintName: 'fk_red_flag_reviews_check_in',
  })
  checkIn?: CheckIn;

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
