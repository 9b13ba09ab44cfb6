import { XSRF_COOKIE } from '@herstelkompas/contracts';
import { Client } from 'pg';

/** What a browser holds after signing in, for fetch against a running API. */
export interface HttpSession {
  cookie: string;
  headers: Record<string, string>;
}

export function login(
  baseUrl: string,
  email: string,
  password: string,
): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

/** The session of a successful sign-in answer. */
export function sessionOf(response: Response): HttpSession {
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status}`);
  const pairs = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] as string);
  const cookie = pairs.join('; ');
  const xsrf =
    pairs.find((p) => p.startsWith(`${XSRF_COOKIE}=`))?.split('=')[1] ?? '';
  return { cookie, headers: { cookie, 'x-xsrf-token': xsrf } };
}

/** A demo client of the given practitioner that has measurements. */
export async function clientWithAssessments(
  databaseUrl: string,
  practitionerEmail: string,
): Promise<string> {
  const rows = await query<{ id: string }>(
    databaseUrl,
    `SELECT c.id FROM clients c
     JOIN practitioners p ON p.id = c.responsible_practitioner_id
     WHERE p.email = $1
       AND EXISTS (SELECT 1 FROM assessments a WHERE a.client_id = c.id)
     ORDER BY c.id LIMIT 1`,
    [practitionerEmail],
  );
  if (!rows[0]) throw new Error('no demo client with assessments');
  return rows[0].id;
}

/** One query on its own connection. */
export async function query<T>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
