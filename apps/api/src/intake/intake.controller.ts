import type {
  DraftSaved,
  IntakeState,
  IntakeSubmitted,
} from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../common/api-error';
import { Public } from '../common/public.decorator';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { IntakeConsentDto } from './dto/give-intake-consent.dto';
import { SaveDraftDto } from './dto/save-draft.dto';
import { SubmitIntakeDto } from './dto/submit-intake.dto';
import { VerifyIntakeDto } from './dto/verify-intake.dto';
import {
  INTAKE_COOKIE,
  INTAKE_SESSION_MS,
  intakeCookieValue,
} from './intake-cookie';
import { Caller, IntakeService } from './intake.service';

/** Limits for the public intake routes, per address and per link. */
const PER_IP_PER_MINUTE = 300;
const PER_TOKEN_PER_MINUTE = 120;
const VERIFY_PER_IP_PER_15_MIN = 20;

/** The client's side: no account, the link's token plus the date-of-birth check. */
@ApiTags('intake (public)')
@Public()
@Controller('intake/:token')
export class IntakeController {
  constructor(
    private readonly intake: IntakeService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The instrument and the saved draft (after the date-of-birth check)',
  })
  async state(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
  ): Promise<IntakeState> {
    const caller = await this.caller(token, request);
    try {
      return await this.intake.state(token, caller);
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === 'intake_verify_required'
      ) {
        // Only what the check page needs: its language and who asks.
        const gate = await this.intake.gate(token);
        throw new ApiError(401, 'intake_verify_required', {
          extra: { language: gate.language, practiceName: gate.practiceName },
        });
      }
      throw error;
    }
  }

  @Post('verify')
  @HttpCode(200)
  async verify(
    @Param('token') token: string,
    @Body() body: VerifyIntakeDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ verified: true }> {
    const caller = await this.caller(token, request);
    await this.limiter.hit(
      `intake-verify-ip:${request.ip}`,
      VERIFY_PER_IP_PER_15_MIN,
      15 * 60,
    );
    const invitation = await this.intake.verify(
      token,
      body.dateOfBirth,
      caller,
    );
    void reply.setCookie(
      INTAKE_COOKIE,
      intakeCookieValue(invitation.id, this.config.sessionSecret),
      {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.publicUrl.startsWith('https://'),
        path: `/api/intake/${token}`,
        maxAge: INTAKE_SESSION_MS / 1000,
      },
    );
    return { verified: true };
  }

  @Post('consent')
  @HttpCode(204)
  async consent(
    @Param('token') token: string,
    @Body() body: IntakeConsentDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.intake.consent(
      token,
      body.privacyStatementVersion,
      await this.caller(token, request),
    );
  }

  @Put('draft')
  async draft(
    @Param('token') token: string,
    @Body() body: SaveDraftDto,
    @Req() request: FastifyRequest,
  ): Promise<DraftSaved> {
    return this.intake.saveDraft(
      token,
      body.answers,
      body.step,
      await this.caller(token, request),
    );
  }

  @Post('submit')
  @ApiOperation({
    summary:
      'Submit once: 201 the first time, 200 with the same assessment for a repeat',
  })
  async submit(
    @Param('token') token: string,
    @Body() body: SubmitIntakeDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IntakeSubmitted> {
    const { created, result } = await this.intake.submit(
      token,
      body.answers,
      await this.caller(token, request),
    );
    void reply.status(created ? 201 : 200);
    return result;
  }

  /** Counts the request against the address and the link before anything else happens. */
  private async caller(
    token: string,
    request: FastifyRequest,
  ): Promise<Caller> {
    await this.limiter.hit(`intake-ip:${request.ip}`, PER_IP_PER_MINUTE, 60);
    await this.limiter.hit(
      `intake-token:${token.slice(0, 64)}`,
      PER_TOKEN_PER_MINUTE,
      60,
    );
    const ua = request.headers['user-agent'];
    return {
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
      cookie: request.cookies?.[INTAKE_COOKIE],
    };
  }
}
