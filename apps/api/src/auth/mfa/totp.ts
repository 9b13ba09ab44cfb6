import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app understands it. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step of clock drift either way. */
export const TOTP_WINDOW = 1;
const ISSUER = 'Herstelkompas';

/** 160 random bits, base32: the RFC 4226 recommended secret length. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

export function otpauthUri(secret: string, accountName: string): string {
  return totp(secret, accountName).toString();
}

/** The time step a moment falls in. */
export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a step: for tests and for nothing else. */
export function codeForStep(secret: string, step: number): string {
  return totp(secret).generate({
    timestamp: step * TOTP_PERIOD_SECONDS * 1000,
  });
}

/**
 * The step a code belongs to, within ±1 step of `now`, or null. A step at or
 * before `lastUsedStep` is refused, so every code works once, and so do the
 * codes before it.
 */
export function matchTotp(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({
    token,
    timestamp: now.getTime(),
    window: TOTP_WINDOW,
  });
  if (delta === null) return null;
  const step = stepAt(now) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** "ABCD EFGH ..." for typing the secret by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}
