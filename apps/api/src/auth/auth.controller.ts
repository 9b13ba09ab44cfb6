import { SESSION_COOKIE, type CurrentUser } from '@herstelkompas/contracts';
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
import { Public } from '../common/public.decorator';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { AuthService } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { LoginDto } from './dto/login.dto';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with email and password; sets the session cookie',
  })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    const previous = request.cookies?.[SESSION_COOKIE];
    const { token, user } = await this.auth.login(body.email, body.password, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    if (previous) {
      const old = await this.auth.lookup(previous);
      if (old.status === 'valid') await this.auth.logout(old.auth.sessionId);
    }
    setSessionCookies(reply, token, this.config);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  async logout(
    @Auth() auth: AuthContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(auth.sessionId);
    clearSessionCookies(reply);
  }

  @Get('me')
  @ApiCookieAuth()
  me(@Auth() auth: AuthContext): Promise<CurrentUser> {
    return this.auth.currentUser(auth.practitionerId);
  }

  @Patch('me/preferences')
  @ApiCookieAuth()
  async preferences(
    @Auth() auth: AuthContext,
    @Body() body: UpdatePreferencesDto,
  ): Promise<CurrentUser> {
    if (body.language)
      await this.auth.setLanguage(auth.practitionerId, body.language);
    return this.auth.currentUser(auth.practitionerId);
  }
}
