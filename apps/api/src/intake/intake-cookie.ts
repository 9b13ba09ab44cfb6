import { createHmac } from 'node:crypto';
import { safeEqual } from '../auth/tokens';

export const INTAKE_COOKIE = 'hk_intake';
/** How long a passed date-of-birth check lasts; the draft survives it anyway. */
export const INTAKE_SESSION_MS = 4 * 3600_000;

/**
 * The proof that this browser passed the date-of-birth check for one
 * invitation: `<expiry>.<hmac>`. Stateless, bound to the invitation id, and
 * scoped by its cookie path to that one link.
 */
export function intakeCookieValue(
  invitationId: string,
  secret: string,
  now = Date.now(),
): string {
  const expires = now + INTAKE_SESSION_MS;
  return `${expires}.${sign(invitationId, expires, secret)}`;
}

export function isValidIntakeCookie(
  value: string | undefined,
  invitationId: string,
  secret: string,
  now = Date.now(),
): boolean {
  if (!value) return false;
  const [expiresText, mac] = value.split('.');
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || expires <= now || !mac) return false;
  return safeEqual(mac, sign(invitationId, expires, secret));
}

function sign(invitationId: string, expires: number, secret: string): string {
  return createHmac('sha256', secret)
    .update(`intake:${invitationId}:${expires}`)
    .digest('base64url');
}
