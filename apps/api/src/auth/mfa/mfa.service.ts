import type { AuditEventCode } from '@herstelkompas/contracts';
import type {
  MfaEnrolment,
  MfaStatus,
  RecoveryCodes,
} from '@herstelkompas/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ApiError, ValidationFailed } from '../../common/api-error';
import { RequestContext } from '../../common/request-context';
import { APP_CONFIG, RuntimeConfig } from '../../config/config.module';
import { Outbox } from '../../mail/outbox';
import { senderInfo } from '../../mail/sender-info';
import { Practice } from '../../practices/practice.entity';
import { Practitioner } from '../../practices/practitioner.entity';
import { AuthService } from '../auth.service';
import { LoginThrottle } from '../login-throttle';
import { verifyPassword } from '../passwords';
import { SignInService } from '../sign-in.service';
import { mfaRequired } from './mfa-policy';
import { MfaVerifier, SecondFactor } from './mfa-verifier';
import { MfaRecoveryCode } from './recovery-code.entity';
import { groupSecret, newTotpSecret, otpauthUri } from './totp';

/**
 * Setting up, using and removing two-step sign-in. Every change ends the
 * user's other sessions (the current one stays) and is logged.
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly signIn: SignInService,
    private readonly throttle: LoginThrottle,
    private readonly verifier: MfaVerifier,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async status(ctx: RequestContext): Promise<MfaStatus> {
    const { me, practice } = await this.load(ctx);
    const recoveryCodesLeft = await this.dataSource
      .getRepository(MfaRecoveryCode)
      .countBy({ practitionerId: me.id, usedAt: IsNull() });
    return {
      enabled: me.mfaSecret !== null,
      required: mfaRequired(me, practice),
      demoExempt: me.role === 'owner' && practice.demo,
      enabledAt: me.mfaEnabledAt?.toISOString() ?? null,
      recoveryCodesLeft: me.mfaSecret ? recoveryCodesLeft : 0,
    };
  }

  /**
   * Needs the password again: a session alone (a borrowed laptop, a stolen
   * cookie) must not be enough to bind an authenticator to the account. A
   * wrong password counts towards the lock-out like a wrong sign-in.
   */
  async startEnrolment(
    ctx: RequestContext,
    currentPassword: string,
  ): Promise<MfaEnrolment> {
    const { me } = await this.load(ctx);
    if (me.mfaSecret) throw new ApiError(409, 'mfa_already_enabled');
    const attempt = await this.signIn.beginAttempt(me.email, ctx, me);
    const ok =
      me.passwordHash !== null &&
      (await verifyPassword(me.passwordHash, currentPassword));
    if (!ok) {
      await this.signIn.fail(ctx, me, 'auth.mfa_enrolment_failed');
      throw new ValidationFailed([
        { field: 'currentPassword', code: 'wrong_password' },
      ]);
    }
    await this.throttle.withdraw(attempt);
    const secret = newTotpSecret();
    await this.dataSource
      .getRepository(Practitioner)
      .update(
        { id: me.id },
        { mfaPendingSecret: this.verifier.box.seal(secret), mfaLastStep: null },
      );
    const uri = otpauthUri(secret, me.email);
    const svg = await qrSvg(uri, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
    });
    return {
      otpauthUri: uri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      secret: groupSecret(secret),
    };
  }

  async confirmEnrolment(
    ctx: RequestContext,
    code: string,
  ): Promise<RecoveryCodes> {
    const { me } = await this.load(ctx);
    if (me.mfaSecret) throw new ApiError(409, 'mfa_already_enabled');
    if (!me.mfaPendingSecret) throw new ApiError(409, 'mfa_no_enrolment');
    const attempt = await this.signIn.beginAttempt(me.email, ctx, me);
    const secret = this.verifier.box.open(me.mfaPendingSecret);
    const manager = this.dataSource.manager;
    if (
      !(await this.verifier.acceptTotp(
        manager,
        me.id,
        secret,
        code,
        me.mfaLastStep,
      ))
    )
      return this.refuse(ctx, me);
    await this.throttle.withdraw(attempt);
    const recoveryCodes = await this.dataSource.transaction(async (tx) => {
      await tx.update(
        Practitioner,
        { id: me.id },
        {
          mfaSecret: me.mfaPendingSecret,
          mfaPendingSecret: null,
          mfaEnabledAt: new Date(),
        },
      );
      await this.record(tx, ctx, 'auth.mfa_enrolled');
      await this.tellOtherOwners(tx, me, 'mfa_enrolled_notice');
      return this.verifier.replaceRecoveryCodes(tx, me);
    });
    this.outbox.wake();
    await this.auth.revokeAll(me.id, ctx.sessionId);
    return { recoveryCodes };
  }

  async disable(ctx: RequestContext, factor: SecondFactor): Promise<void> {
    const { me, practice } = await this.load(ctx);
    if (!me.mfaSecret) throw new ApiError(409, 'mfa_not_enabled');
    if (mfaRequired(me, practice)) throw new ApiError(403, 'mfa_required');
    const attempt = await this.signIn.beginAttempt(me.email, ctx, me);
    const used = await this.verifier.verify(
      this.dataSource.manager,
      me,
      factor,
    );
    if (!used)
      return this.refuse(ctx, me, factor.code ? 'code' : 'recoveryCode');
    await this.throttle.withdraw(attempt);
    await this.dataSource.transaction(async (tx) => {
      await tx.update(
        Practitioner,
        { id: me.id },
        {
          mfaSecret: null,
          mfaPendingSecret: null,
          mfaEnabledAt: null,
          mfaLastStep: null,
        },
      );
      await tx.delete(MfaRecoveryCode, { practitionerId: me.id });
      await this.record(tx, ctx, 'auth.mfa_disabled', { with: used });
      await this.tellOtherOwners(tx, me, 'mfa_disabled_notice');
    });
    this.outbox.wake();
    await this.auth.revokeAll(me.id, ctx.sessionId);
  }

  async regenerateRecoveryCodes(
    ctx: RequestContext,
    code: string,
  ): Promise<RecoveryCodes> {
    const { me } = await this.load(ctx);
    if (!me.mfaSecret) throw new ApiError(409, 'mfa_not_enabled');
    const attempt = await this.signIn.beginAttempt(me.email, ctx, me);
    if (!(await this.verifier.verify(this.dataSource.manager, me, { code })))
      return this.refuse(ctx, me);
    await this.throttle.withdraw(attempt);
    const recoveryCodes = await this.dataSource.transaction(async (tx) => {
      await this.record(tx, ctx, 'auth.recovery_codes_replaced');
      return this.verifier.replaceRecoveryCodes(tx, me);
    });
    await this.auth.revokeAll(me.id, ctx.sessionId);
    return { recoveryCodes };
  }

  /** A wrong code (already counted towards the lock-out) is logged and answers a field error. */
  /**
   * Whoever holds someone's password can bind their own authenticator to the
   * account; the practice's other owners hear of every such change, so one
   * they did not expect does not go unnoticed. The mail names who and what,
   * nothing else, and commits with the change.
   */
  private async tellOtherOwners(
    tx: EntityManager,
    me: Practitioner,
    kind: 'mfa_enrolled_notice' | 'mfa_disabled_notice',
  ): Promise<void> {
    const owners = await tx.find(Practitioner, {
      where: {
        practiceId: me.practiceId,
        role: 'owner',
        active: true,
        id: Not(me.id),
        passwordHash: Not(IsNull()),
      },
    });
    if (owners.length === 0) return;
    const from = await senderInfo(tx, me.id);
    for (const owner of owners)
      await this.outbox.add(tx, {
        kind,
        practiceId: me.practiceId,
        recipient: owner.email,
        replyTo: null,
        language: owner.language,
        link: `${this.config.publicUrl}/team`,
        practitionerId: owner.id,
        params: {
          practiceName: from.practiceName,
          practiceContact: from.practiceContact,
          practitionerName: from.practitionerName,
          practitionerEmail: from.practitionerEmail,
          recipientName: owner.displayName,
        },
      });
  }

  private async refuse(
    ctx: RequestContext,
    me: Practitioner,
    field = 'code',
  ): Promise<never> {
    await this.signIn.fail(ctx, me, 'auth.mfa_failed');
    throw new ValidationFailed([{ field, code: 'invalid_code' }]);
  }

  private record(
    manager: EntityManager,
    ctx: RequestContext,
    event: AuditEventCode,
    details: Record<string, unknown> | null = null,
  ): Promise<void> {
    return this.audit.record(manager, ctx, {
      event,
      action: 'E',
      part: 'account',
      details,
    });
  }

  private async load(
    ctx: RequestContext,
  ): Promise<{ me: Practitioner; practice: Practice }> {
    const me = await this.dataSource.getRepository(Practitioner).findOneOrFail({
      where: { id: ctx.practitionerId, practiceId: ctx.practiceId },
      relations: { practice: true },
    });
    if (!me.practice) throw new ApiError(404, 'not_found');
    return { me, practice: me.practice };
  }
}
