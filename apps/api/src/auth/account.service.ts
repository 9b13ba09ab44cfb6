import type { PracticeSecurity } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { assertAcceptablePassword } from './password-strength';
import { hashPassword, verifyPassword } from './passwords';
import { SignInService } from './sign-in.service';

/** The signed-in user's password and the practice's sign-in rules. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly signIn: SignInService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  /** Needs the current password; ends every other session of the user. */
  async changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const me = await this.dataSource.getRepository(Practitioner).findOneOrFail({
      where: { id: ctx.practitionerId, practiceId: ctx.practiceId },
    });
    const attempt = await this.signIn.beginAttempt(me.email, ctx, me);
    const ok =
      me.passwordHash !== null &&
      (await verifyPassword(me.passwordHash, currentPassword));
    if (!ok) {
      await this.signIn.fail(ctx, me, 'auth.password_change_failed');
      throw new ValidationFailed([
        { field: 'currentPassword', code: 'wrong_password' },
      ]);
    }
    await this.throttle.withdraw(attempt);
    assertAcceptablePassword('newPassword', newPassword, [me.email]);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(
        Practitioner,
        { id: me.id },
        { passwordHash, passwordChangedAt: new Date() },
      );
      await this.audit.record(tx, ctx, {
        event: 'auth.password_changed',
        action: 'U',
        part: 'account',
      });
    });
    await this.auth.revokeAll(me.id, ctx.sessionId);
  }

  async practiceSecurity(ctx: RequestContext): Promise<PracticeSecurity> {
    const practice = await this.dataSource
      .getRepository(Practice)
      .findOneByOrFail({ id: ctx.practiceId });
    return toSecurity(practice);
  }

  async updatePracticeSecurity(
    ctx: RequestContext,
    mfaRequiredForPractitioners: boolean,
  ): Promise<PracticeSecurity> {
    if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
    const practice = await this.dataSource.transaction(async (tx) => {
      await tx.update(
        Practice,
        { id: ctx.practiceId },
        { mfaRequiredForPractitioners },
      );
      await this.audit.record(tx, ctx, {
        event: 'practice.security_update',
        action: 'U',
        part: 'practice',
        details: { mfaRequiredForPractitioners },
      });
      return tx.findOneByOrFail(Practice, { id: ctx.practiceId });
    });
    return toSecurity(practice);
  }
}

function toSecurity(practice: Practice): PracticeSecurity {
  return {
    mfaRequiredForPractitioners: practice.mfaRequiredForPractitioners,
    demo: practice.demo,
  };
}
