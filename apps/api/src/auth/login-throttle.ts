import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failures that lock one account for a while, counted since its last success. */
export const ACCOUNT_MAX_FAILURES = 5;
/** Failures from one address (any accounts, any secret) before it is slowed down. */
export const IP_MAX_FAILURES = 30;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleVerdict =
  | { blocked: false; attemptId: string }
  | { blocked: true; reason: 'locked' | 'rate_limited'; retryAt: Date };

/**
 * Lock-out and throttling for every check of a secret (passwords, codes,
 * invitation and pending sign-in tokens), counted in PostgreSQL so that every
 * API process sees the same counts.
 *
 * An attempt is written as a failure *before* the secret is evaluated, under
 * a PostgreSQL advisory lock on its account and one on its address, and only
 * while both are under their limits: the account's failures since its last
 * success and the address's failures (a success does not reset an address,
 * so one valid account cannot unlock guessing at others), both in the
 * window. So however many requests arrive at once, at most five per account
 * and thirty per address are ever evaluated. A right secret then turns its
 * row into a success ({@link succeeded}) or removes it ({@link withdraw}); a
 * wrong one leaves it counted.
 *
 * The account is the address typed, lower-cased, whether or not an account
 * exists, so the lock reveals nothing; it is null where no account is named
 * (an invitation token), and then only the address counts.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts an attempt, or refuses it (with the moment to retry) while a limit is reached. */
  async begin(
    email: string | null,
    ip: string,
    now?: Date,
  ): Promise<ThrottleVerdict> {
    // One round trip (login_attempt_begin, see its migration): the locks are
    // held as briefly as can be, so a burst queues briefly and gets its 429s.
    const [row] = (await this.dataSource.query(
      `SELECT attempt_id, account_at, address_at
       FROM login_attempt_begin($1, $2, $3, $4, $5, $6)`,
      [
        email,
        ip,
        now ?? null,
        WINDOW_MS / 1000,
        ACCOUNT_MAX_FAILURES,
        IP_MAX_FAILURES,
      ],
    )) as {
      attempt_id: string | null;
      account_at: Date | null;
      address_at: Date | null;
    }[];
    if (row?.account_at)
      return {
        blocked: true,
        reason: 'locked',
        retryAt: new Date(row.account_at.getTime() + WINDOW_MS),
      };
    if (row?.address_at)
      return {
        blocked: true,
        reason: 'rate_limited',
        retryAt: new Date(row.address_at.getTime() + WINDOW_MS),
      };
    if (!row?.attempt_id) throw new Error('login attempt not recorded');
    return { blocked: false, attemptId: row.attempt_id };
  }

  /** The secret was right and the sign-in is complete: the account's count starts again. */
  async succeeded(attemptId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE login_attempts SET succeeded = true WHERE id = $1',
      [attemptId],
    );
  }

  /**
   * The secret was right but proves less than a sign-in (a password before
   * its second step, the current password of a signed-in user): not a
   * failure, and no reset of the account's count either.
   */
  async withdraw(attemptId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE id = $1', [
      attemptId,
    ]);
  }
}
