import { SESSION_COOKIE, XSRF_COOKIE } from '@herstelkompas/contracts';
import type { FastifyReply } from 'fastify';
import { RuntimeConfig } from '../config/config.module';
import { csrfTokenFor } from './tokens';

function secure(config: RuntimeConfig): boolean {
  return config.publicUrl.startsWith('https://');
}

/** The httpOnly session cookie plus the readable CSRF cookie Angular echoes back. */
export function setSessionCookies(
  reply: FastifyReply,
  token: string,
  config: RuntimeConfig,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secure(config),
    path: '/',
  });
  void reply.setCookie(XSRF_COOKIE, csrfTokenFor(token, config.sessionSecret), {
    httpOnly: false,
    sameSite: 'strict',
    secure: secure(config),
    path: '/',
  });
}

export function clearSessionCookies(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  void reply.clearCookie(XSRF_COOKIE, { path: '/' });
}
