import {
  MFA_PENDING_COOKIE,
  SESSION_COOKIE,
  XSRF_COOKIE,
} from '@herstelkompas/contracts';
import type { FastifyReply } from 'fastify';
import type { RuntimeConfig } from '../config/config.module';
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

/** Only the second sign-in step reads it; it lives as long as the pending sign-in. */
export function setPendingCookie(
  reply: FastifyReply,
  token: string,
  config: RuntimeConfig,
  maxAgeSeconds: number,
): void {
  void reply.setCookie(MFA_PENDING_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(config),
    path: '/api/auth/login',
    maxAge: maxAgeSeconds,
  });
}

export function clearPendingCookie(reply: FastifyReply): void {
  void reply.clearCookie(MFA_PENDING_COOKIE, { path: '/api/auth/login' });
}
