import { XSRF_COOKIE } from '@herstelkompas/contracts';
import { randomUUID } from 'node:crypto';
import { URI } from 'otpauth';
import { createDataSource } from '../../src/database/data-source';
import { addPractitioner } from '../../src/practices/add-practitioner';

export interface LiveSession {
  base: string;
  headers: Record<string, string>;
  clientId: string;
}

/**
 * A practice, a signed-in owner and one client on a running API process:
 * the practitioner is added in the database (as the CLI does), the rest
 * goes over HTTP like a browser.
 */
export async function livePractice(
  databaseUrl: string,
  port: number,
): Promise<LiveSession> {
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  const email = `owner-${randomUUID().slice(0, 8)}@example.nl`;
  const password = 'correct horse battery';
  try {
    await addPractitioner(ds, {
      email,
      displayName: 'Eigenaar',
      password,
      role: 'owner',
      practiceName: 'Praktijk Veerkracht',
    });
  } finally {
    await ds.destroy();
  }
  const base = `http://127.0.0.1:${port}/api`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
  const xsrf =
    cookies.find((c) => c?.startsWith(`${XSRF_COOKIE}=`))?.split('=')[1] ?? '';
  const headers = {
    cookie: cookies.join('; '),
    'x-xsrf-token': xsrf,
    'content-type': 'application/json',
  };
  await enrolTwoStep(base, headers, password);
  const client = await fetch(`${base}/clients`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      firstName: 'Jan',
      lastName: 'de Vries',
      dateOfBirth: '1978-04-23',
      email: `jan-${randomUUID().slice(0, 8)}@example.nl`,
    }),
  });
  if (client.status !== 201) throw new Error(`client: ${client.status}`);
  const { id } = (await client.json()) as { id: string };
  return { base, headers, clientId: id };
}

/**
 * Owners must use two-step sign-in before they reach any data: enrol as the
 * security page does, with the code an authenticator app would show.
 */
async function enrolTwoStep(
  base: string,
  headers: Record<string, string>,
  password: string,
): Promise<void> {
  const start = await fetch(`${base}/auth/mfa/enrolment`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ currentPassword: password }),
  });
  if (start.status !== 201 && start.status !== 200)
    throw new Error(`mfa enrolment: ${start.status}`);
  const { otpauthUri } = (await start.json()) as { otpauthUri: string };
  const confirm = await fetch(`${base}/auth/mfa/enrolment/confirm`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ code: URI.parse(otpauthUri).generate() }),
  });
  if (confirm.status !== 201 && confirm.status !== 200)
    throw new Error(`mfa confirm: ${confirm.status}`);
}
