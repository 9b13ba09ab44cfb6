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

/** One single-use recovery code, stored only as a keyed hash. */
@Entity({ name: 'mfa_recovery_codes' })
@Index('ix_mfa_recovery_codes_practitioner', ['practitionerId'])
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_mfa_recovery_codes',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @Column({ type: 'uuid' })
  practitionerId: string;

  @ManyToOne(() => Practitioner, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practitioner_id',
    foreignKeyConstraintName: 'fk_mfa_recovery_codes_practitioner',
  })
  practitioner?: Practitioner;

  @Column({ type: 'text' })
  codeHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
