// Portal figure on a seeded tier: the p95 of a client sending the weekly
// check-in (`POST /api/portal/check-ins`, replacing this week's), with a few
// clients signed in to the portal at once. Asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile, record, signIn, startApi, tierEnv } from '../support.mjs';

const tier = process.env.BENCH_TIER ?? 'M';
const dataDir = join('.data-scale', tier);
const seed = JSON.parse(readFileSync(join(dataDir, 'bench.json'), 'utf8'));
const CLIENTS = Number(process.env.BENCH_PORTAL_CLIENTS ?? 8);
const ROUNDS = Number(process.env.BENCH_CHECK_IN_ROUNDS ?? 25);
const ms = (v) => Number(v.toFixed(1));

const BODY = {
  painNow: 4,
  domains: {
    stress: 5,
    breathing: 4,
    movement: 6,
    nutrition: 3,
    sleep: 5,
    immune: 2,
  },
  movementSafety: 6,
  note: 'Rustige week.',
  replace: true,
};

/** A client's portal session, opened as the invitation link would. */
async function portalSession(base, headers, clientId) {
  const client = await (
    await fetch(`${base}/api/clients/${clientId}`, { headers })
  ).json();
  const invite = await fetch(
    `${base}/api/clients/${clientId}/portal-invitations`,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ send: 'link' }),
    },
  );
  if (invite.status !== 201)
    throw new Error(`portal invitation: ${invite.status}`);
  const token = (await invite.json()).url.split('/portaal/link/')[1];
  const opened = await fetch(`${base}/api/portal/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ token, dateOfBirth: client.dateOfBirth }),
  });
  if (!opened.ok) throw new Error(`portal sign-in: ${opened.status}`);
  const cookies = opened.headers.getSetCookie().map((c) => c.split(';')[0]);
  const xsrf =
    cookies.find((c) => c.startsWith('HK-PORTAL-XSRF='))?.split('=')[1] ?? '';
  return {
    cookie: cookies.join('; '),
    'x-portal-xsrf': decodeURIComponent(xsrf),
    origin: base,
    'content-type': 'application/json',
  };
}

async function main() {
  const api = await startApi(tierEnv(tier));
  try {
    const headers = await signIn(
      api.base,
      seed.email,
      seed.password,
      join(dataDir, 'owner-totp.txt'),
    );
    const list = await (
      await fetch(`${api.base}/api/clients?pageSize=${CLIENTS + 2}`, {
        headers,
      })
    ).json();
    const ids = list.items
      .map((c) => c.id)
      .filter((id) => !Object.values(seed.reportClients).includes(id))
      .slice(0, CLIENTS);
    const sessions = [];
    for (const id of ids)
      sessions.push(await portalSession(api.base, headers, id));
    const samples = [];
    let refused = 0;
    for (let round = 0; round < ROUNDS; round++)
      await Promise.all(
        sessions.map(async (session) => {
          const start = performance.now();
          const response = await fetch(`${api.base}/api/portal/check-ins`, {
            method: 'POST',
            headers: session,
            body: JSON.stringify({ ...BODY, painNow: round % 11 }),
          });
          await response.arrayBuffer();
          samples.push(performance.now() - start);
          if (response.status !== 201) refused++;
        }),
      );
    record('portal check-in submit p50', ms(percentile(samples, 0.5)), 'ms');
    record('portal check-in submit p95', ms(percentile(samples, 0.95)), 'ms', {
      requests: samples.length,
      clients: sessions.length,
      refused,
    });
  } finally {
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
