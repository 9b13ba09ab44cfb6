#!/usr/bin/env node
// `node tools/bench/profile.mjs [--tier L] [--n 40] [--cpu 20]`: where a
// request's time goes. Per request kind on the idle API: the median of single
// requests, and (when PostgreSQL loads pg_stat_statements) the statements and
// database time per request. With --cpu N: a CPU profile of the API under the
// bench's mix for N seconds, summarised per package and function.
import { readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { summarise } from './cpu-summary.mjs';
import { runMix, timeSingle } from './load-mix.mjs';
import { percentile, signIn, startApi, tierEnv } from './support.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const tier = arg('tier', process.env.BENCH_TIER ?? 'L');
const N = Number(arg('n', 40));
const CPU_SECONDS = Number(arg('cpu', 0));
const MAIN = arg('main', undefined);
const KINDS = (
  arg('kinds', undefined) ??
  'me,list,search,open:profile,open:ranking,open:timeline,note'
).split(',');
const dataDir = join('.data-scale', tier);
const seed = JSON.parse(readFileSync(join(dataDir, 'bench.json'), 'utf8'));
const profileDir = join('tmp', 'profile');

async function clientIds(base, headers) {
  const res = await fetch(
    `${base}/api/clients?status=active&pageSize=100&page=1&sort=-created`,
    { headers },
  );
  const ids = (await res.json()).items.map((c) => c.id);
  return ids.filter((id) => !Object.values(seed.reportClients).includes(id));
}

async function statements() {
  if (process.env.DATABASE_URL) return null;
  const { url } = JSON.parse(
    readFileSync(join(dataDir, 'runtime.json'), 'utf8'),
  );
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await db.query('SELECT pg_stat_statements_reset()');
    return db;
  } catch {
    await db.end();
    return null;
  }
}

let mixFrom = 0;
let mixTo = Infinity;
let requests = 0;

async function main() {
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  // One API process unless API_PROCESSES says otherwise: the figures are per
  // request of one process's main thread, and --cpu-prof would otherwise
  // write a profile per process.
  const api = await startApi(
    { API_PROCESSES: process.env.API_PROCESSES ?? '1', ...tierEnv(tier) },
    {
      ...(MAIN ? { main: MAIN } : {}),
      nodeArgs: CPU_SECONDS
        ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]
        : [],
    },
  );
  const db = await statements();
  console.log(
    `tier ${tier}, ${N} single requests per kind; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; pg_stat_statements ${db ? 'on' : 'off'}`,
  );
  try {
    const headers = await signIn(
      api.base,
      seed.email,
      seed.password,
      join(dataDir, 'owner-totp.txt'),
    );
    const ids = await clientIds(api.base, headers);
    const rows = [];
    const detail = {};
    for (const kind of KINDS) {
      const warm = await timeSingle({
        base: api.base,
        headers,
        ids,
        kind,
        n: 0,
        warm: 10,
      });
      void warm;
      if (db) await db.query('SELECT pg_stat_statements_reset()');
      const times = await timeSingle({
        base: api.base,
        headers,
        ids,
        kind,
        n: N,
        warm: 0,
      });
      const row = {
        kind,
        'median ms': Number(percentile(times, 0.5).toFixed(2)),
        'p90 ms': Number(percentile(times, 0.9).toFixed(2)),
      };
      if (db) {
        const { rows: stats } = await db.query(
          `SELECT query, calls, total_exec_time AS ms FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT LIKE '%pg_stat_statements%'
            ORDER BY calls DESC, total_exec_time DESC`,
        );
        const calls = stats.reduce((s, r) => s + Number(r.calls), 0);
        const dbMs = stats.reduce((s, r) => s + Number(r.ms), 0);
        row['statements/req'] = Number((calls / N).toFixed(1));
        row['db exec ms/req'] = Number((dbMs / N).toFixed(2));
        detail[kind] = stats.map((r) => ({
          'per req': Number((Number(r.calls) / N).toFixed(2)),
          'ms/call': Number((Number(r.ms) / Number(r.calls)).toFixed(3)),
          query: r.query.replace(/\s+/g, ' ').slice(0, 110),
        }));
      }
      rows.push(row);
    }
    console.table(rows);
    if (process.argv.includes('--statements'))
      for (const [kind, list] of Object.entries(detail)) {
        console.log(`\n${kind}`);
        console.table(list);
      }
    if (CPU_SECONDS) {
      await runMix({
        base: api.base,
        headers,
        ids,
        connections: 10,
        seconds: 3,
      });
      mixFrom = performance.now() - api.spawnedAt;
      const load = await runMix({
        base: api.base,
        headers,
        ids,
        connections: 50,
        seconds: CPU_SECONDS,
      });
      mixTo = performance.now() - api.spawnedAt;
      requests = load.result.requests.total;
      console.log(
        `mix under profile: ${load.result.requests.average} req/s; load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
    }
  } finally {
    await db?.end();
    await api.stop();
  }
  if (CPU_SECONDS) {
    const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    // Only the mix: the profile starts with the process (module loading).
    const summary = summarise(join(profileDir, file), 35, {
      from: mixFrom * 1000,
      to: mixTo * 1000,
    });
    console.log(
      `CPU profile ${join(profileDir, file)}, the mix only: wall ${summary.wallMs} ms, main thread busy ${summary.busyMs} ms, ${requests} requests: ${(summary.busyMs / requests).toFixed(2)} ms of the API's main thread per request`,
    );
    console.table(summary.packages);
    console.table(summary.functions);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
