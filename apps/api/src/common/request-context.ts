import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthContext, AuthedRequest } from './auth-context';

/** Who acts, from where: what every service call and access-log line needs. */
export interface RequestContext extends AuthContext {
  ip: string;
  userAgent: string | null;
}

export const Ctx = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestContext => {
    const request = ctx.switchToHttp().getRequest<AuthedRequest>();
    if (!request.auth) throw new Error('Ctx() used on a public route');
    const ua = request.headers['user-agent'];
    return {
      ...request.auth,
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
    };
  },
);
