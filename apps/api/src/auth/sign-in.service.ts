import type { CurrentUser } from '@herstelkompas/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import { amsterdamTime } from '../common/messages';
import { Practitioner } from '../practices/practitioner.entity';
import { AuthService, ClientInfo } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { MfaVerifier, SecondFactor } from './mfa/mfa-verifier';
import { PendingSignIn } from './mfa/pending-sign-in.entity';
import { burnVerification, verifyPassword } from './passwords';
import { hashToken, newToken } from './tokens';

/** How long the second step may take after the password. */
export const PENDING_SIGN_IN_MS = 5 * 60 * 1000;

export type SignInOutcome =
  | { kind: 'session'; token: string; user: CurrentUser }
  | { kind: 'mfa'; pendingToken: string };

/**
 * Sign-in in one or two steps. Every failure counts in the lock-out (wrong
 * codes too), and every failure and refusal is logged; for a known account
 * also in its practice's access log.
 */
@Injectable()
export class SignInService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
    private readonly verifier: MfaVerifier,
    private readonly audit: AuditService,
  ) {}

  async withPassword(
    emailInput: string,
    password: string,
    client: ClientInfo,
  ): Promise<SignInOutcome> {
    const email = emailInput.trim().toLowerCase();
    const practitioner = await this.dataSource
      .getRepository(Practitioner)
      // Only an account (a password set) signs in: open invitations may share its address.
      .findOne({ where: { email, active: true, passwordHash: Not(IsNull()) } });
    const attempt = await this.beginAttempt(email, client, practitioner);
    const ok = practitioner?.passwordHash
      ? await verifyPassword(practitioner.passwordHash, password)
      : (await burnVerification(password), false);
    if (!practitioner || !ok) {
      await this.fail(client, practitioner, 'auth.login_failed');
      throw new ApiError(401, 'invalid_credentials');
    }
    if (practitioner.mfaSecret) {
      // Not a success yet: a known password must not reset the count of wrong codes.
      await this.throttle.withdraw(attempt);
      const pendingToken = newToken();
      const pending = this.dataSource.getRepository(PendingSignIn);
      // Finished and abandoned second steps are of no use: keep the table small.
      await pending
        .createQueryBuilder()
        .delete()
        .where('practitioner_id = :id', { id: practitioner.id })
        .andWhere('(used_at IS NOT NULL OR expires_at < now())')
        .execute();
      await pending.insert({
        tokenHash: hashToken(pendingToken),
        practiceId: practitioner.practiceId,
        practitionerId: practitioner.id,
        expiresAt: new Date(Date.now() + PENDING_SIGN_IN_MS),
      });
      return { kind: 'mfa', pendingToken };
    }
    await this.throttle.succeeded(attempt);
    return {
      kind: 'session',
      ...(await this.auth.openSession(practitioner, client)),
    };
  }

  /** The second step: a TOTP code or a recovery code; the pending sign-in works once. */
  async withSecondFactor(
    pendingToken: string | undefined,
    factor: SecondFactor,
    client: ClientInfo,
  ): Promise<{ token: string; user: CurrentUser }> {
    const now = new Date();
    // The pending token is a secret too: a guess at it counts for the address.
    const lookup = await this.beginAttempt(null, client, null);
    const pending = pendingToken
      ? await this.dataSource.getRepository(PendingSignIn).findOne({
          where: {
            tokenHash: hashToken(pendingToken),
            usedAt: IsNull(),
            expiresAt: MoreThan(now),
          },
        })
      : null;
    const practitioner = pending
      ? await this.dataSource.getRepository(Practitioner).findOne({
          where: { id: pending.practitionerId, active: true },
        })
      : null;
    if (!pending || !practitioner) {
      await this.fail(client, null, 'auth.mfa_pending_invalid');
      throw new ApiError(401, 'mfa_pending_expired');
    }
    await this.throttle.withdraw(lookup);
    const attempt = await this.beginAttempt(
      practitioner.email,
      client,
      practitioner,
    );
    const manager = this.dataSource.manager;
    const result = await this.verifier.verify(
      manager,
      practitioner,
      factor,
      now,
    );
    if (!result) {
      await this.fail(client, practitioner, 'auth.mfa_failed');
      throw new ApiError(401, 'mfa_invalid_code');
    }
    const claimed = await manager.update(
      PendingSignIn,
      { id: pending.id, usedAt: IsNull() },
      { usedAt: now },
    );
    if (!claimed.affected) throw new ApiError(401, 'mfa_pending_expired');
    if (result === 'recovery_code')
      await this.auditAs(
        practitioner,
        client,
        'auth.recovery_code_used',
        'success',
      );
    await this.throttle.succeeded(attempt);
    return this.auth.openSession(practitioner, client);
  }

  /**
   * Counts an attempt at a secret before it is evaluated, or throws 429 (with
   * the moment to retry) while the account or the address is locked. The
   * answer is the attempt's id: pass it to the throttle's `succeeded` or
   * `withdraw` when the secret turns out right; a wrong one stays counted.
   */
  async beginAttempt(
    email: string | null,
    client: ClientInfo,
    practitioner: Practitioner | null,
  ): Promise<string> {
    const verdict = await this.throttle.begin(email, client.ip);
    if (!verdict.blocked) return verdict.attemptId;
    this.logger.warn(
      { event: 'login_blocked', reason: verdict.reason, ip: client.ip },
      'Sign-in refused by throttle',
    );
    if (practitioner)
      await this.auditAs(practitioner, client, 'auth.login_blocked', 'denied', {
        reason: verdict.reason,
        retryAt: verdict.retryAt.toISOString(),
      });
    throw new ApiError(429, verdict.reason, {
      retryAt: verdict.retryAt,
      params: { time: amsterdamTime(verdict.retryAt) },
    });
  }

  /** Logs a failure; it already counts, since its attempt was counted before the check. */
  async fail(
    client: ClientInfo,
    practitioner: Practitioner | null,
    event: string,
  ): Promise<void> {
    this.logger.warn({ event, ip: client.ip }, 'Sign-in step failed');
    if (practitioner)
      await this.auditAs(practitioner, client, event, 'failure');
  }

  private auditAs(
    practitioner: Practitioner,
    client: ClientInfo,
    event: string,
    outcome: 'success' | 'failure' | 'denied',
    details: Record<string, unknown> | null = null,
  ): Promise<void> {
    return this.audit.recordAs(
      this.dataSource.manager,
      {
        practiceId: practitioner.practiceId,
        userId: practitioner.id,
        role: practitioner.role,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 400) ?? null,
      },
      { event, action: 'E', part: 'account', outcome, details },
    );
  }
}
