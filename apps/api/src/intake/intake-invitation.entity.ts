import type { IntakeVariant, Language } from '@herstelkompas/contracts';
import type { Answers } from '@herstelkompas/domain';
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
 * A link a client fills in the intake with. The token is stored only as its
 * SHA-256; the draft lives here until submit turns it into an assessment.
 */
@Entity({ name: 'intake_invitations' })
@Index('ix_intake_invitations_client', ['clientId', 'createdAt'])
@Index('ix_intake_invitations_practice_open', [
  'practiceId',
  'submittedAt',
  'revokedAt',
])
@Check(
  'ck_intake_invitations_variant',
  `"variant" IN ('baseline', 'follow_up')`,
)
export class IntakeInvitation {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_intake_invitations',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'client_id',
    foreignKeyConstraintName: 'fk_intake_invitations_client',
  })
  client?: Client;

  @Index('ux_intake_invitations_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  variant: IntakeVariant;

  @Column({ type: 'text' })
  instrumentId: string;

  @Column({ type: 'integer' })
  instrumentVersion: number;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  verifyFailures: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  consentPrivacyVersion: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  draftAnswers: Answers;

  @Column({ type: 'text', nullable: true })
  draftStep: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  draftSavedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
