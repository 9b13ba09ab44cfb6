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

/** A single-use password reset link; the token is stored only as its SHA-256. */
@Entity({ name: 'password_resets' })
@Index('ix_password_resets_practitioner', ['practitionerId'])
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_password_resets',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practitioner_id',
    foreignKeyConstraintName: 'fk_password_resets_practitioner',
  })
  practitioner?: Practitioner;

  @Index('ux_password_resets_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
