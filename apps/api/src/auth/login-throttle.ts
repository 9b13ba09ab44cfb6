import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failures that lock one account for a while, counted since its last success. */
export const ACCOUNT_MAX_FAILURES = 5;
/** Failures from one address (any accounts, any secret) before it is slowed down. */
export const IP_MAX_FAILURES = 30;
export const WINDOW_MS = 15 * 60 * 1000;

/** Advisory-lock classes (two-key form): one per account, one per address. */
const ACCOUNT_LOCK = 7601;
const ADDRESS_LOCK = 7602;

/**
 * One statement: the account's failures since its last success and the
 * address's failures (successes do not reset an address, so one valid account
 * cannot unlock guessing at others), both in the window; when either has
 * reached its limit, the time of the oldest failure that keeps it there,
 * otherwise the new attempt's row, written as a failure until proven right.
 * $1 email (or null), $2 address, $3 the time (null: the database clock),
 * $4 the window in seconds, $5/$6 the limits minus one.
 */
const COUNT_AND_INSERT = `
  WITH t AS (
    SELECT COALESCE($3::timestamptz, clock_timestamp()) AS now
  ),
  account AS (
    SELECT f.attempted_at FROM login_attempts f, t
    WHERE f.email = $1 AND NOT f.succeeded
      AND f.attempted_at > t.now - make_interval(secs => $4)
      AND NOT EXISTS (
        SELECT 1 FROM login_attempts s
        WHERE s.email = $1 AND s.succeeded AND s.attempted_at >= f.attempted_at)
    ORDER BY f.attempted_at DESC OFFSET $5 LIMIT 1
  ),
  address AS (
    SELECT a.attempted_at FROM login_attempts a, t
    WHERE a.ip = $2 AND NOT a.succeeded
      AND a.attempted_at > t.now - make_interval(secs => $4)
    ORDER BY a.attempted_at DESC OFFSET $6 LIMIT 1
  ),
  inserted AS (
    INSERT INTO login_attempts (email, ip, succeeded, attempted_at)
    SELECT $1, $2, false, t.now FROM t
    WHERE NOT EXISTS (SELECT 1 FROM account)
      AND NOT EXISTS (SELECT 1 FROM address)
    RETURNING id
  )
  SELECT (SELECT id FROM inserted) AS id,
         (SELECT attempted_at FROM account) AS account_at,
         (SELECT attempted_at FROM address) AS address_at`;

export type ThrottleVerdict =
  | { blocked: false; attemptId: string }
  | { blocked: true; reason: 'locked' | 'rate_limited'; retryAt: Date };

/**
 * Lock-out and throttling for every check of a secret (passwords, codes,
 * invitation and pending sign-in tokens), counted in PostgreSQL so that every
 * API process sees the same counts.
 *
 * An attempt is written as a failure *before* the secret is evaluated, under
 * an advisory lock on its account and one on its address, and only while both
 * are under their limits. So however many requests arrive at once, at most
 * five per account and thirty per address are ever evaluated. A right secret
 * then turns its row into a success ({@link succeeded}) or removes it
 * ({@link withdraw}); a wrong one leaves it counted.
 *
 * The account is the address typed, lower-cased, whether or not an account
 * exists, so the lock reveals nothing; it is null where no account is named
 * (an invitation token), and then only the address counts.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts an attempt, or refuses it (with the moment to retry) while a limit is reached. */
  begin(
    email: string | null,
    ip: string,
    now?: Date,
  ): Promise<ThrottleVerdict> {
    return this.dataSource.transaction(async (tx) => {
      // Always the account first, then the address: no two attempts wait on
      // each other in a circle. Each lock is its own statement, so the count
      // below (a later statement) sees every attempt committed before it.
      if (email !== null)
        await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          ACCOUNT_LOCK,
          email,
        ]);
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        ADDRESS_LOCK,
        ip,
      ]);
      const [row] = (await tx.query(COUNT_AND_INSERT, [
        email,
        ip,
        now ?? null,
        WINDOW_MS / 1000,
        ACCOUNT_MAX_FAILURES - 1,
        IP_MAX_FAILURES - 1,
      ])) as {
        id: string | null;
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
      if (!row?.id) throw new Error('login attempt not recorded');
      return { blocked: false, attemptId: row.id };
    });
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
