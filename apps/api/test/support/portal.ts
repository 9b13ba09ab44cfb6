import {
  PORTAL_COOKIE,
  PORTAL_DEVICE_COOKIE,
  PORTAL_XSRF_COOKIE,
  PORTAL_XSRF_HEADER,
} from '@herstelkompas/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Session } from './test-app';

/** What a client's browser holds after signing in to the portal. */
export interface PortalBrowser {
  /** The session cookie and its CSRF cookie, plus the device cookie. */
  cookie: string;
  device: string;
  xsrf: string;
  /** Headers for a state-changing portal request. */
  headers: Record<string, string>;
}

/** The token of a new portal invitation, as the practitioner would copy it. */
export async function invitePortal(
  app: NestFastifyApplication,
  practitioner: Session,
  clientId: string,
  send: 'link' | 'email' = 'link',
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/clients/${clientId}/portal-invitations`,
    headers: practitioner.headers,
    payload: { send },
  });
  if (response.statusCode !== 201)
    throw new Error(`invite: ${response.statusCode} ${response.body}`);
  return tokenOf(response.json().url);
}

export function tokenOf(url: string): string {
  return String(url).split('/portaal/link/')[1] as string;
}

/** Opens a portal session with a link and a date of birth. */
export async function openPortal(
  app: NestFastifyApplication,
  token: string,
  dateOfBirth: string | undefined,
  options: { device?: string; remoteAddress?: string } = {},
) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/portal/sessions',
    payload: { token, ...(dateOfBirth ? { dateOfBirth } : {}) },
    ...(options.device ? { headers: { cookie: options.device } } : {}),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  return { response, browser: browserOf(response) };
}

export function browserOf(response: {
  cookies: unknown;
}): PortalBrowser | null {
  const cookies = response.cookies as { name: string; value: string }[];
  const value = (name: string) => cookies.find((c) => c.name === name)?.value;
  const session = value(PORTAL_COOKIE);
  if (!session) return null;
  const xsrf = value(PORTAL_XSRF_COOKIE) ?? '';
  const device = `${PORTAL_DEVICE_COOKIE}=${value(PORTAL_DEVICE_COOKIE) ?? ''}`;
  const cookie = `${PORTAL_COOKIE}=${session}; ${PORTAL_XSRF_COOKIE}=${xsrf}; ${device}`;
  return {
    cookie,
    device,
    xsrf,
    headers: { cookie, [PORTAL_XSRF_HEADER.toLowerCase()]: xsrf },
  };
}

/** Invites the client and signs in on a fresh browser. */
export async function portalBrowser(
  app: NestFastifyApplication,
  practitioner: Session,
  clientId: string,
  dateOfBirth: string,
  remoteAddress?: string,
): Promise<PortalBrowser> {
  const token = await invitePortal(app, practitioner, clientId);
  const { response, browser } = await openPortal(app, token, dateOfBirth, {
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (!browser)
    throw new Error(`portal sign-in: ${response.statusCode} ${response.body}`);
  return browser;
}
