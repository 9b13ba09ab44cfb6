import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';

/** Failures that lock one account for a while, counted since its last success. */
export const ACCOUNT_MAX_FAILURES = 5;
/** Failures from one address (any accounts) before it is slowed down. */
export const IP_MAX_FAILURES = 30;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleVerdict =
  | { blocked: false }
  | { blocked: true; reason: 'locked' | 'rate_limited'; retryAt: Date };

/**
 * Lock-out and throttling, counted in PostgreSQL so that every API process
 * sees the same counts. The lock applies to the address typed, whether or not
 * an account exists, so it reveals nothing.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectRepository(LoginAttempt)
    private readonly attempts: Repository<LoginAttempt>,
  ) {}

  async check(
    email: string,
    ip: string,
    now = new Date(),
  ): Promise<ThrottleVerdict> {
    const since = new Date(now.getTime() - WINDOW_MS);
    const accountFailures = await this.recentFailures({ email }, since, true);
    if (accountFailures.length >= ACCOUNT_MAX_FAILURES) {
      const oldestCounted = accountFailures[
        ACCOUNT_MAX_FAILURES - 1
      ] as LoginAttempt;
      return {
        blocked: true,
        reason: 'locked',
        retryAt: new Date(oldestCounted.attemptedAt.getTime() + WINDOW_MS),
      };
    }
    // A success does not reset an address: one valid account must not unlock guessing at others.
    const ipFailures = await this.recentFailures({ ip }, since, false);
    if (ipFailures.length >= IP_MAX_FAILURES) {
      const oldestCounted = ipFailures[IP_MAX_FAILURES - 1] as LoginAttempt;
      return {
        blocked: true,
        reason: 'rate_limited',
        retryAt: new Date(oldestCounted.attemptedAt.getTime() + WINDOW_MS),
      };
    }
    return { blocked: false };
  }

  async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ email, ip, succeeded });
  }

  /** Failures newest first; with `resetOnSuccess`, only those after the last success. */
  private async recentFailures(
    where: { email: string } | { ip: string },
    since: Date,
    resetOnSuccess: boolean,
  ): Promise<LoginAttempt[]> {
    const rows = await this.attempts.find({
      where: { ...where, attemptedAt: MoreThan(since) },
      order: { attemptedAt: 'DESC' },
      take: Math.max(ACCOUNT_MAX_FAILURES, IP_MAX_FAILURES) + 1,
    });
    if (!resetOnSuccess) return rows.filter((row) => !row.succeeded);
    const lastSuccess = rows.findIndex((row) => row.succeeded);
    return lastSuccess === -1 ? rows : rows.slice(0, lastSuccess);
  }
}
