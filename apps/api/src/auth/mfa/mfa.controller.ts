import type {
  MfaEnrolment,
  MfaStatus,
  PracticeSecurity,
  RecoveryCodes,
} from '@herstelkompas/contracts';
import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OpenDuringMfaSetup } from '../../common/mfa-setup.decorator';
import { Ctx, type RequestContext } from '../../common/request-context';
import { AccountService } from '../account.service';
import { MfaCodeDto } from '../dto/mfa-code.dto';
import { MfaDisableDto } from '../dto/mfa-disable.dto';
import { MfaEnrolmentDto } from '../dto/mfa-enrolment.dto';
import { UpdatePracticeSecurityDto } from '../dto/update-practice-security.dto';
import { MfaService } from './mfa.service';

@ApiTags('auth')
@ApiCookieAuth()
@Controller()
export class MfaController {
  constructor(
    private readonly mfa: MfaService,
    private readonly account: AccountService,
  ) {}

  @Get('auth/mfa')
  @OpenDuringMfaSetup()
  status(@Ctx() ctx: RequestContext): Promise<MfaStatus> {
    return this.mfa.status(ctx);
  }

  @Post('auth/mfa/enrolment')
  @HttpCode(200)
  @OpenDuringMfaSetup()
  @ApiOperation({
    summary:
      'Start setting up TOTP (needs the password again): a new secret, its otpauth URI and QR code',
  })
  startEnrolment(
    @Ctx() ctx: RequestContext,
    @Body() body: MfaEnrolmentDto,
  ): Promise<MfaEnrolment> {
    return this.mfa.startEnrolment(ctx, body.currentPassword);
  }

  @Post('auth/mfa/enrolment/confirm')
  @HttpCode(200)
  @OpenDuringMfaSetup()
  @ApiOperation({
    summary:
      'Confirm with a code: MFA on; answers 10 recovery codes, once; ends other sessions',
  })
  confirmEnrolment(
    @Ctx() ctx: RequestContext,
    @Body() body: MfaCodeDto,
  ): Promise<RecoveryCodes> {
    return this.mfa.confirmEnrolment(ctx, body.code);
  }

  @Post('auth/mfa/disable')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Turn MFA off with a code or recovery code (refused when required); ends other sessions',
  })
  disable(
    @Ctx() ctx: RequestContext,
    @Body() body: MfaDisableDto,
  ): Promise<void> {
    return this.mfa.disable(ctx, body);
  }

  @Post('auth/mfa/recovery-codes')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'New recovery codes (the old ones stop working); needs a current code',
  })
  regenerate(
    @Ctx() ctx: RequestContext,
    @Body() body: MfaCodeDto,
  ): Promise<RecoveryCodes> {
    return this.mfa.regenerateRecoveryCodes(ctx, body.code);
  }

  @Get('practice/security')
  practiceSecurity(@Ctx() ctx: RequestContext): Promise<PracticeSecurity> {
    return this.account.practiceSecurity(ctx);
  }

  @Patch('practice/security')
  @ApiOperation({
    summary: 'Require two-step sign-in for practitioners (owner only)',
  })
  updatePracticeSecurity(
    @Ctx() ctx: RequestContext,
    @Body() body: UpdatePracticeSecurityDto,
  ): Promise<PracticeSecurity> {
    return this.account.updatePracticeSecurity(
      ctx,
      body.mfaRequiredForPractitioners,
    );
  }
}
