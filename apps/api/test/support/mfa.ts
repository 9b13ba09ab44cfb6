import { MFA_PENDING_COOKIE } from '@herstelkompas/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { codeForStep, stepAt } from '../../src/auth/mfa/totp';
import { type Session, TEST_PASSWORD } from './test-app';

/** The current TOTP step, and a code `offset` steps away from it. */
export function codeAt(secret: string, offset = 0): string {
  return codeForStep(secret, stepAt(new Date()) + offset);
}

/**
 * Waits for a fresh 30-second step when the current one is nearly over, so a
 * test that computes codes relative to "now" does not straddle a step change.
 */
export async function freshStep(minSecondsLeft = 8): Promise<void> {
  const intoStep = (Date.now() / 1000) % 30;
  if (30 - intoStep < minSecondsLeft)
    await new Promise((resolve) =>
      setTimeout(resolve, (30 - intoStep) * 1000 + 50),
    );
}

/** Sets up TOTP for a signed-in user; answers the plain secret and the recovery codes. */
export async function enrol(
  app: NestFastifyApplication,
  session: Session,
  password = TEST_PASSWORD,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  await freshStep();
  const start = await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/enrolment',
    headers: session.headers,
    payload: { currentPassword: password },
  });
  if (start.statusCode !== 200)
    throw new Error(`enrolment failed: ${start.statusCode} ${start.body}`);
  const secret = (start.json().secret as string).replace(/ /g, '');
  const confirm = await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/enrolment/confirm',
    headers: session.headers,
    payload: { code: codeAt(secret) },
  });
  if (confirm.statusCode !== 200)
    throw new Error(`confirm failed: ${confirm.statusCode} ${confirm.body}`);
  return { secret, recoveryCodes: confirm.json().recoveryCodes };
}

/** The first sign-in step; answers the pending cookie for the second. */
export async function passwordStep(
  app: NestFastifyApplication,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200 || !response.json().mfaRequired)
    throw new Error(`password step: ${response.statusCode} ${response.body}`);
  const cookies = response.cookies as { name: string; value: string }[];
  const pending = cookies.find((c) => c.name === MFA_PENDING_COOKIE);
  if (!pending) throw new Error('no pending sign-in cookie');
  return `${pending.name}=${pending.value}`;
}

export function secondStep(
  app: NestFastifyApplication,
  pendingCookie: string,
  payload: { code?: string; recoveryCode?: string },
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login/mfa',
    headers: { cookie: pendingCookie },
    payload,
  });
}

/** Both steps; answers what a browser holds afterwards, like signIn. */
export async function signInWithCode(
  app: NestFastifyApplication,
  email: string,
  code: string,
): Promise<Session> {
  const pending = await passwordStep(app, email);
  const response = await secondStep(app, pending, { code });
  if (response.statusCode !== 200)
    throw new Error(`second step: ${response.statusCode} ${response.body}`);
  return sessionOf(response.cookies as { name: string; value: string }[]);
}

export function sessionOf(cookies: { name: string; value: string }[]): Session {
  const session = cookies.filter((c) => c.name !== MFA_PENDING_COOKIE);
  const cookie = session.map((c) => `${c.name}=${c.value}`).join('; ');
  const xsrf = session.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return { cookie, xsrf, headers: { cookie, 'x-xsrf-token': xsrf } };
}
