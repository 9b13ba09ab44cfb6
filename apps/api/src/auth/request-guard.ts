import { SESSION_COOKIE, XSRF_HEADER } from '@herstelkompas/contracts';
import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { AuthService } from './auth.service';
import { clearSessionCookies } from './cookies';
import { csrfTokenFor, safeEqual } from './tokens';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { ApiError } from '../common/api-error';
import { AuthedRequest } from '../common/auth-context';
import { OPEN_DURING_MFA_SETUP } from '../common/mfa-setup.decorator';
import { PUBLIC_ROUTE } from '../common/public.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one gate in front of every route:
 * 1. a state-changing request from another site is refused (Origin / Sec-Fetch-Site);
 * 2. every route but the public ones needs a live session;
 * 3. a state-changing request with a session must echo its CSRF token;
 * 4. a user who must set up two-step sign-in reaches only the routes for that.
 */
@Injectable()
export class RequestGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe && !this.sameSite(request)) throw new ApiError(403, 'csrf');

    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;

    const token = request.cookies?.[SESSION_COOKIE];
    const found = await this.auth.lookup(token);
    if (found.status !== 'valid') {
      if (token)
        clearSessionCookies(context.switchToHttp().getResponse<FastifyReply>());
      throw new ApiError(
        401,
        found.status === 'expired' ? 'session_expired' : 'unauthenticated',
      );
    }
    if (unsafe) {
      const header = request.headers[XSRF_HEADER.toLowerCase()];
      const expected = csrfTokenFor(token as string, this.config.sessionSecret);
      if (typeof header !== 'string' || !safeEqual(header, expected))
        throw new ApiError(403, 'csrf');
    }
    if (found.auth.mfaSetupRequired && !this.openDuringSetup(context))
      throw new ApiError(403, 'mfa_setup_required');
    request.auth = found.auth;
    return true;
  }

  private openDuringSetup(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean>(OPEN_DURING_MFA_SETUP, [
        context.getHandler(),
        context.getClass(),
      ]) ?? false
    );
  }

  /** Browsers always send Origin on cross-site POSTs; tools without it are not browsers. */
  private sameSite(request: AuthedRequest): boolean {
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') return false;
    const origin = request.headers.origin;
    if (!origin) return true;
    const own = new Set([new URL(this.config.publicUrl).origin]);
    const host = request.headers.host;
    if (host) {
      own.add(`http://${host}`);
      own.add(`https://${host}`);
    }
    return own.has(origin);
  }
}
