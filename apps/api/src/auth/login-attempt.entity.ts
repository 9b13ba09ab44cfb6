import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every attempt at a secret, written before the secret is checked; the
 * lock-out and the per-address throttle count these rows.
 */
@Entity({ name: 'login_attempts' })
@Index('ix_login_attempts_email_at', ['email', 'attemptedAt'])
@Index('ix_login_attempts_ip_at', ['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_login_attempts',
  })
  id: string;

  /**
   * As typed, lower-cased: the lock applies whether or not the account
   * exists. Null for a secret that names no account (an invitation token).
   */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  attemptedAt: Date;
}
