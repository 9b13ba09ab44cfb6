import type { Language, PractitionerRole } from '@herstelkompas/contracts';
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
import { Practice } from './practice.entity';

@Entity({ name: 'practitioners' })
@Index('ix_practitioners_practice', ['practiceId'])
// One account per address; open invitations (no password yet) may share one.
@Index('ux_practitioners_email', ['email'], {
  unique: true,
  where: '"password_hash" IS NOT NULL',
})
@Check('ck_practitioners_role', `"role" IN ('owner', 'practitioner')`)
@Check('ck_practitioners_language', `"language" IN ('nl', 'en')`)
export class Practitioner {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_practitioners',
  })
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'practice_id',
    foreignKeyConstraintName: 'fk_practitioners_practice',
  })
  practice?: Practice;

  /**
   * Stored lower-case; unique across the installation among accounts (one
   * login per address). An invitation for an address with an account
   * elsewhere is stored but can never be completed (see TeamService).
   */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  /** Null until an invited practitioner sets a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** SHA-256 of the one-time set-password link's token, while an invitation is open. */
  @Column({ type: 'text', nullable: true })
  inviteTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  inviteExpiresAt: Date | null;

  @Column({ type: 'text' })
  role: PractitionerRole;

  @Column({ type: 'text', default: 'nl' })
  language: Language;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** The confirmed TOTP secret, sealed with AES-256-GCM; null while MFA is off. */
  @Column({ type: 'text', nullable: true })
  mfaSecret: string | null;

  /** A secret shown during enrolment, sealed, until a code confirms it. */
  @Column({ type: 'text', nullable: true })
  mfaPendingSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  mfaEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code at or before it is refused. */
  @Column({ type: 'integer', nullable: true })
  mfaLastStep: number | null;

  /** For the signature of reports, e.g. "Oefentherapeut". */
  @Column({ type: 'text', nullable: true })
  profession: string | null;

  /** For the signature of reports, e.g. "BIG 12345678" or "KP-register 1234". */
  @Column({ type: 'text', nullable: true })
  registration: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
