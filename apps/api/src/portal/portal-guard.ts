import { PORTAL_COOKIE, PORTAL_XSRF_HEADER } from '@herstelkompas/contracts';
import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { safeEqual } from '../auth/tokens';
import { ApiError } from '../common/api-error';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { clearPortalCookies, portalCsrfToken } from './portal-cookies';
import { PortalRequest } from './portal-context';
import { PortalSessions } from './portal-sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The portal's gate, behind the global one (which has already refused
 * cross-site writes): only a portal session passes, never a practitioner's,
 * and a write must echo the portal's CSRF token.
 */
@Injectable()
export class PortalGuard implements CanActivate {
  constructor(
    private readonly sessions: PortalSessions,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PortalRequest>();
    const token = request.cookies?.[PORTAL_COOKIE];
    const found = await this.sessions.lookup(token);
    if (found.status !== 'valid') {
      if (token)
        clearPortalCookies(context.switchToHttp().getResponse<FastifyReply>());
      throw new ApiError(
        401,
        found.status === 'expired' ? 'session_expired' : 'unauthenticated',
      );
    }
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[PORTAL_XSRF_HEADER.toLowerCase()];
      const expected = portalCsrfToken(
        token as string,
        this.config.sessionSecret,
      );
      if (typeof header !== 'string' || !safeEqual(header, expected))
        throw new ApiError(403, 'csrf');
    }
    const ua = request.headers['user-agent'];
    request.portal = {
      ...found.session,
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
    };
    return true;
  }
}
