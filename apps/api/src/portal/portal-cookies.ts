import {
  PORTAL_COOKIE,
  PORTAL_DEVICE_COOKIE,
  PORTAL_XSRF_COOKIE,
} from '@herstelkompas/contracts';
import { createHmac } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { safeEqual } from '../auth/tokens';
import type { RuntimeConfig } from '../config/config.module';

/** The session cookie is only ever sent to the portal's own routes. */
export const PORTAL_PATH = '/api/portal';
/** A device that passed the date-of-birth check skips it on later sign-in links. */
export const DEVICE_DAYS = 180;

function secure(config: RuntimeConfig): boolean {
  return config.publicUrl.startsWith('https://');
}

/** Derived from the session token like the practitioner's, with its own label. */
export function portalCsrfToken(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`portal-csrf:${sessionToken}`)
    .digest('base64url');
}

export function setPortalCookies(
  reply: FastifyReply,
  token: string,
  config: RuntimeConfig,
): void {
  void reply.setCookie(PORTAL_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(config),
    path: PORTAL_PATH,
  });
  void reply.setCookie(
    PORTAL_XSRF_COOKIE,
    portalCsrfToken(token, config.sessionSecret),
    { httpOnly: false, sameSite: 'strict', secure: secure(config), path: '/' },
  );
}

export function clearPortalCookies(reply: FastifyReply): void {
  void reply.clearCookie(PORTAL_COOKIE, { path: PORTAL_PATH });
  void reply.clearCookie(PORTAL_XSRF_COOKIE, { path: '/' });
}

/** `<clientId>.<expiry>.<hmac>`: stateless proof of an earlier check on this browser. */
export function deviceCookieValue(
  clientId: string,
  secret: string,
  now = Date.now(),
): string {
  const expires = now + DEVICE_DAYS * 86_400_000;
  return `${clientId}.${expires}.${signDevice(clientId, expires, secret)}`;
}

export function isKnownDevice(
  value: string | undefined,
  clientId: string,
  secret: string,
  now = Date.now(),
): boolean {
  if (!value) return false;
  const [id, expiresText, mac] = value.split('.');
  const expires = Number(expiresText);
  if (id !== clientId || !mac) return false;
  if (!Number.isSafeInteger(expires) || expires <= now) return false;
  return safeEqual(mac, signDevice(clientId, expires, secret));
}

export function setDeviceCookie(
  reply: FastifyReply,
  clientId: string,
  config: RuntimeConfig,
): void {
  void reply.setCookie(
    PORTAL_DEVICE_COOKIE,
    deviceCookieValue(clientId, config.sessionSecret),
    {
      httpOnly: true,
      sameSite: 'strict',
      secure: secure(config),
      path: PORTAL_PATH,
      maxAge: DEVICE_DAYS * 86_400,
    },
  );
}

function signDevice(clientId: string, expires: number, secret: string) {
  return createHmac('sha256', secret)
    .update(`portal-device:${clientId}:${expires}`)
    .digest('base64url');
}
