import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull, LessThan } from 'typeorm';
import { APP_CONFIG, RuntimeConfig } from '../../config/config.module';
import { Practitioner } from '../../practices/practitioner.entity';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { MfaRecoveryCode } from './recovery-code.entity';
import { SecretBox } from './secret-box';
import { matchTotp } from './totp';

export interface SecondFactor {
  code?: string;
  recoveryCode?: string;
}

export type FactorResult = 'totp' | 'recovery_code' | null;

/**
 * Checks a TOTP code or a recovery code and burns it in the same statement,
 * so two requests racing with one code cannot both pass.
 */
@Injectable()
export class MfaVerifier {
  readonly box: SecretBox;

  constructor(@Inject(APP_CONFIG) private readonly config: RuntimeConfig) {
    this.box = new SecretBox(config.sessionSecret);
  }

  async verify(
    manager: EntityManager,
    practitioner: Practitioner,
    factor: SecondFactor,
    now = new Date(),
  ): Promise<FactorResult> {
    if (!practitioner.mfaSecret) return null;
    if (factor.code) {
      const secret = this.box.open(practitioner.mfaSecret);
      const ok = await this.acceptTotp(
        manager,
        practitioner.id,
        secret,
        factor.code,
        practitioner.mfaLastStep,
        now,
      );
      return ok ? 'totp' : null;
    }
    if (factor.recoveryCode) {
      const used = await manager.update(
        MfaRecoveryCode,
        {
          practitionerId: practitioner.id,
          codeHash: this.hash(factor.recoveryCode),
          usedAt: IsNull(),
        },
        { usedAt: now },
      );
      return used.affected ? 'recovery_code' : null;
    }
    return null;
  }

  /** Accepts a code for `secret` and records its step; false when wrong or replayed. */
  async acceptTotp(
    manager: EntityManager,
    practitionerId: string,
    secret: string,
    code: string,
    lastStep: number | null,
    now = new Date(),
  ): Promise<boolean> {
    const step = matchTotp(secret, code, now, lastStep);
    if (step === null) return false;
    const claimed = await manager.update(
      Practitioner,
      lastStep === null
        ? { id: practitionerId, mfaLastStep: IsNull() }
        : { id: practitionerId, mfaLastStep: LessThan(step) },
      { mfaLastStep: step },
    );
    return claimed.affected === 1;
  }

  /** Replaces every recovery code; answers the new ones in plain text, once. */
  async replaceRecoveryCodes(
    manager: EntityManager,
    { id: practitionerId, practiceId }: { id: string; practiceId: string },
  ): Promise<string[]> {
    const codes = newRecoveryCodes();
    await manager.delete(MfaRecoveryCode, { practitionerId });
    await manager.insert(
      MfaRecoveryCode,
      codes.map((code) => ({
        practiceId,
        practitionerId,
        codeHash: this.hash(code),
      })),
    );
    return codes;
  }

  private hash(code: string): string {
    return hashRecoveryCode(code, this.config.sessionSecret);
  }
}
