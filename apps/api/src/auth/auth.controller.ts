import {
  MFA_PENDING_COOKIE,
  SESSION_COOKIE,
  type CurrentUser,
  type LoginResponse,
} from '@herstelkompas/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, type AuthContext } from '../common/auth-context';
import { OpenDuringMfaSetup } from '../common/mfa-setup.decorator';
import { Public } from '../common/public.decorator';
import { Ctx, type RequestContext } from '../common/request-context';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import {
  clearPendingCookie,
  clearSessionCookies,
  setPendingCookie,
  setSessionCookies,
} from './cookies';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { MfaLoginDto } from './dto/mfa-login.dto';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';
import { PENDING_SIGN_IN_MS, SignInService } from './sign-in.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly signIn: SignInService,
    private readonly account: AccountService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in with email and password; sets the session cookie, or answers { mfaRequired: true } when a code must follow',
  })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const outcome = await this.signIn.withPassword(
      body.email,
      body.password,
      clientOf(request),
    );
    if (outcome.kind === 'mfa') {
      setPendingCookie(
        reply,
        outcome.pendingToken,
        this.config,
        PENDING_SIGN_IN_MS / 1000,
      );
      return { mfaRequired: true };
    }
    await this.endPrevious(request);
    setSessionCookies(reply, outcome.token, this.config);
    return outcome.user;
  }

  @Public()
  @Post('login/mfa')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Second sign-in step: a 6-digit code or a recovery code; sets the session cookie',
  })
  async loginMfa(
    @Body() body: MfaLoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    const { token, user } = await this.signIn.withSecondFactor(
      request.cookies?.[MFA_PENDING_COOKIE],
      body,
      clientOf(request),
    );
    clearPendingCookie(reply);
    await this.endPrevious(request);
    setSessionCookies(reply, token, this.config);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @OpenDuringMfaSetup()
  async logout(
    @Auth() auth: AuthContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(auth.sessionId);
    clearSessionCookies(reply);
  }

  @Get('me')
  @ApiCookieAuth()
  @OpenDuringMfaSetup()
  async me(@Auth() auth: AuthContext): Promise<CurrentUser> {
    // The session check has read these very rows: no second statement.
    return auth.user ?? this.auth.currentUser(auth.practitionerId);
  }

  @Patch('me/preferences')
  @ApiCookieAuth()
  @OpenDuringMfaSetup()
  async preferences(
    @Auth() auth: AuthContext,
    @Body() body: UpdatePreferencesDto,
  ): Promise<CurrentUser> {
    if (body.language)
      await this.auth.setLanguage(auth.practitionerId, body.language);
    await this.auth.setSignature(auth.practitionerId, body);
    return this.auth.currentUser(auth.practitionerId);
  }

  @Post('password')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({
    summary:
      'Change the password (current + new); ends the other sessions of this user',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Body() body: ChangePasswordDto,
  ): Promise<void> {
    return this.account.changePassword(
      ctx,
      body.currentPassword,
      body.newPassword,
    );
  }

  /** A sign-in in a browser that already had a session replaces that session. */
  private async endPrevious(request: FastifyRequest): Promise<void> {
    const previous = request.cookies?.[SESSION_COOKIE];
    if (!previous) return;
    const old = await this.auth.lookup(previous);
    if (old.status === 'valid') await this.auth.logout(old.auth.sessionId);
  }
}

function clientOf(request: FastifyRequest): {
  ip: string;
  userAgent?: string;
} {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}
