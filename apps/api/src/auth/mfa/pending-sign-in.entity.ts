import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Practitioner } from '../../practices/practitioner.entity';

/**
 * A sign-in whose password was right and that waits for its second step.
 * Kept in PostgreSQL so any API process can finish it; the cookie holds a
 * random token, only its SHA-256 is stored.
 */
@Entity({ name: 'pending_sign_ins' })
@Index('ix_pending_sign_ins_practitioner', ['practitionerId'])
export class PendingSignIn {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_pending_sign_ins',
  })
  id: string;

  @Index('ux_pending_sign_ins_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practitioner_id',
    foreignKeyConstraintName: 'fk_pending_sign_ins_practitioner',
  })
  practitioner?: Practitioner;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
