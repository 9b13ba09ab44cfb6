// Portal figures on a seeded tier: the client's home ("Mijn kompas",
// GET /api/portal/me) and reading the messages (GET /api/portal/messages),
// each p95 over sequential requests spread over many portal clients.
// Asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile, record, startApi, tierEnv } from '../support.mjs';
import { databaseUrl, openPortalSessions, timeRequests } from './sessions.mjs';

const tier = process.env.BENCH_TIER ?? 'M';
const dataDir = join('.data-scale', tier);
const seed = JSON.parse(readFileSync(join(dataDir, 'bench.json'), 'utf8'));
const REQUESTS = Number(process.env.BENCH_PORTAL_REQUESTS ?? 400);
const CLIENTS = 50;
const ms = (v) => Number(v.toFixed(1));

if (!seed.portalClients?.length)
  throw new Error(
    `tier ${tier} has no portal clients in bench.json: run npm run seed:scale -- --tier ${tier}`,
  );

const api = await startApi(tierEnv(tier));
let portal;
try {
  portal = await openPortalSessions(
    databaseUrl(dataDir),
    seed.portalClients,
    CLIENTS,
  );
  const { sessions } = portal;
  // Warm up: the first requests pay for connections and query plans.
  await timeRequests(api.base, sessions, '/api/portal/me', sessions.length);
  const rows = [];
  for (const [figure, path] of [
    ['portal home p95', '/api/portal/me'],
    ['portal messages read p95', '/api/portal/messages'],
  ]) {
    const run = await timeRequests(api.base, sessions, path, REQUESTS);
    const p95 = ms(percentile(run.samples, 0.95));
    record(figure, p95, 'ms', { requests: run.samples.length });
    rows.push({
      figure,
      requests: run.samples.length,
      'p50 ms': ms(percentile(run.samples, 0.5)),
      'p95 ms': p95,
      statuses: JSON.stringify(run.statuses),
    });
  }
  console.log(
    `\nPortal on tier ${tier}: ${sessions.length} portal clients, ${REQUESTS} requests each, one at a time`,
  );
  console.table(rows);
} finally {
  await portal?.close();
  await api.stop();
}
