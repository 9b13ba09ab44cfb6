// API figures on a seeded tier: the load mix, report PDFs, a burst of
// reports against the other endpoints, and the API's memory. Asserts nothing.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  MIX,
  runMix,
  runPaced,
  SINGLE_KINDS,
  startMix,
  timeSingle,
} from './load-mix.mjs';
import {
  apiRssMb,
  percentile,
  record,
  signIn,
  startApi,
  tierEnv,
} from './support.mjs';

const tier = process.env.BENCH_TIER ?? 'M';
const dataDir = join('.data-scale', tier);
const seed = JSON.parse(readFileSync(join(dataDir, 'bench.json'), 'utf8'));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RATE = Number(process.env.BENCH_RATE ?? 25);
const ms = (v) => Number(v.toFixed(1));

/** Prints per-kind figures of a run; returns the samples grouped, with the page-level groups. */
function byKind(run, seconds) {
  const open = ['open:profile', 'open:ranking', 'open:timeline'];
  const kinds = {
    ...run.samples,
    'list+search': [...(run.samples.list ?? []), ...(run.samples.search ?? [])],
    open: open.flatMap((k) => run.samples[k] ?? []),
  };
  console.table(
    Object.entries(kinds).map(([kind, list]) => {
      const values = list.map((s) => s.ms);
      const failed = Object.entries(run.statuses[kind] ?? {}).map(
        ([s, c]) => `${c}×${s}`,
      );
      return {
        kind,
        requests: values.length,
        'req/s': ms(values.length / seconds),
        'p50 ms': ms(percentile(values, 0.5)),
        'p95 ms': ms(percentile(values, 0.95)),
        'p99 ms': ms(percentile(values, 0.99)),
        errors: kind in run.samples ? failed.join(' ') || '0' : '',
      };
    }),
  );
  return kinds;
}

async function clientIds(api, headers) {
  const ids = [];
  for (let page = 1; page <= 10; page++) {
    const res = await fetch(
      `${api.base}/api/clients?status=active&pageSize=100&page=${page}&sort=-created`,
      { headers },
    );
    const body = await res.json();
    ids.push(...body.items.map((c) => c.id));
  }
  return ids.filter((id) => !Object.values(seed.reportClients).includes(id));
}

async function timeReport(api, headers, clientId, runs) {
  const notes = await (
    await fetch(`${api.base}/api/clients/${clientId}/session-notes`, {
      headers,
    })
  ).json();
  const chosen = notes
    .filter((n) => n.status === 'signed' && n.includeInReport)
    .slice(0, 50)
    .map((n) => n.id);
  const url = `${api.base}/api/clients/${clientId}/reports/progress.pdf?audience=referrer&notes=${chosen.join(',')}`;
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`report answered ${res.status}`);
    if (i >= 2) samples.push(performance.now() - start);
  }
  return { samples, notes: notes.length, chosen: chosen.length };
}

async function main() {
  const api = await startApi(tierEnv(tier));
  try {
    const headers = await signIn(
      api.base,
      seed.email,
      seed.password,
      join('.data-scale', tier, 'owner-totp.txt'),
    );
    const ids = await clientIds(api, headers);
    await new Promise((r) => setTimeout(r, 1000));
    // All the API's processes together (primary and API processes), and each.
    const idle = apiRssMb(api.pid);
    record('API RSS idle', ms(idle.total), 'MB');
    record('API processes', idle.processes.length, 'count');
    record(
      'API RSS idle per process',
      idle.processes.map((p) => ms(p.mb)).join(' / '),
      'MB',
    );

    // Warm-up: JIT, connection pool, PostgreSQL's caches.
    await runMix({ base: api.base, headers, ids, connections: 10, seconds: 5 });

    // Single requests on the idle API: what one request costs, no queue.
    const singles = [];
    for (const kind of SINGLE_KINDS) {
      const times = await timeSingle({
        base: api.base,
        headers,
        ids,
        kind,
        n: 25,
      });
      const median = ms(percentile(times, 0.5));
      singles.push({
        kind,
        'median ms': median,
        'p90 ms': ms(percentile(times, 0.9)),
      });
      record(`single ${kind} (median of 25)`, median, 'ms');
    }
    console.log(
      '\nSingle requests on the idle API (25 of each, one at a time)',
    );
    console.table(singles);

    // The sum's peak (sampled at one moment) and each process's own peak.
    let peak = 0;
    const peaks = new Map();
    const loadBefore = loadavg()[0];
    const load = await runMix({
      base: api.base,
      headers,
      ids,
      connections: 50,
      seconds: SECONDS,
      onTick: () => {
        const now = apiRssMb(api.pid);
        peak = Math.max(peak, now.total);
        for (const p of now.processes)
          peaks.set(p.pid, Math.max(peaks.get(p.pid) ?? 0, p.mb));
      },
    });
    const loadAfter = loadavg()[0];
    record('API RSS under load (peak)', ms(peak), 'MB');
    record(
      'API RSS peak per process',
      [...peaks.values()].map(ms).join(' / '),
      'MB',
    );
    record(
      'load average before / after the mix',
      `${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)}`,
      '',
    );
    console.log(
      `\nAPI RSS: idle ${ms(idle.total)} MB (${idle.processes.map((p) => `${p.pid}: ${ms(p.mb)}`).join(', ')}); ` +
        `peak under load ${ms(peak)} MB (per process ${[...peaks.values()].map(ms).join(' / ')}); ` +
        `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
    );
    const all = Object.values(load.samples)
      .flat()
      .map((s) => s.ms);
    const errors =
      load.result.errors + load.result.timeouts + load.result.non2xx;
    console.log(
      `\nAPI under load: tier ${tier}, 50 connections, ${SECONDS} s, mix ${JSON.stringify(Object.fromEntries(Object.entries(MIX).map(([k, v]) => [k, `${Math.round(v * 100)}%`])))}`,
    );
    record('API req/s (mix)', ms(load.result.requests.average), 'req/s');
    record('API p50 (mix)', ms(percentile(all, 0.5)), 'ms');
    record('API p95 (mix)', ms(percentile(all, 0.95)), 'ms');
    record('API p99 (mix)', ms(percentile(all, 0.99)), 'ms');
    record('API errors (mix)', errors, 'count');
    const kinds = byKind(load, SECONDS);
    const p95 = (k) =>
      ms(
        percentile(
          // A kind with no answer within the run (reports on a busy machine) has no p95.
          (kinds[k] ?? []).map((s) => s.ms),
          0.95,
        ),
      );
    record('list/search p95', p95('list+search'), 'ms');
    record('open client p95', p95('open'), 'ms');
    record('note write p95', p95('note'), 'ms');
    record('report in mix p95', p95('report'), 'ms');

    // The same mix at a steady pace, one request every 1000/RATE ms: the
    // service time, without the queue that 50 connections asking as fast as
    // they can build up on 2 cores.
    const paced = await runPaced({
      base: api.base,
      headers,
      ids,
      connections: 50,
      seconds: 20,
      rate: RATE,
    });
    console.log(
      `\nThe same mix paced evenly at ${RATE} req/s (one every ${ms(1000 / RATE)} ms), 20 s`,
    );
    const pacedKinds = byKind(paced, 20);
    const pacedAll = Object.values(paced.samples)
      .flat()
      .map((s) => s.ms);
    record(
      `paced ${RATE} req/s: p95 (mix)`,
      ms(percentile(pacedAll, 0.95)),
      'ms',
    );
    record(
      `paced ${RATE} req/s: p99 (mix)`,
      ms(percentile(pacedAll, 0.99)),
      'ms',
    );
    for (const k of ['list+search', 'open', 'note', 'report'])
      record(
        `paced ${RATE} req/s: ${k} p95`,
        ms(
          percentile(
            pacedKinds[k].map((s) => s.ms),
            0.95,
          ),
        ),
        'ms',
      );

    for (const [sessions, clientId] of Object.entries(seed.reportClients)) {
      const { samples, notes, chosen } = await timeReport(
        api,
        headers,
        clientId,
        20,
      );
      console.log(
        `Report PDF, client with ${notes} sessions (${chosen} in the report): p50 ${ms(percentile(samples, 0.5))} ms, p95 ${ms(percentile(samples, 0.95))} ms`,
      );
      record(
        `PDF ${sessions} sessions p50`,
        ms(percentile(samples, 0.5)),
        'ms',
      );
      record(
        `PDF ${sessions} sessions p95`,
        ms(percentile(samples, 0.95)),
        'ms',
      );
    }

    await burst(api, headers, ids);
  } finally {
    await api.stop();
  }
}

/** The other endpoints' p95 alone, then while 20 reports are made at once. */
async function burst(api, headers, ids) {
  const others = Object.fromEntries(
    Object.entries(MIX).filter(([k]) => k !== 'report'),
  );
  const base = await runMix({
    base: api.base,
    headers,
    ids,
    connections: 10,
    seconds: 10,
    mix: others,
  });
  const baseline = percentile(
    Object.values(base.samples)
      .flat()
      .map((s) => s.ms),
    0.95,
  );
  const during = startMix({
    base: api.base,
    headers,
    ids,
    connections: 10,
    seconds: 60,
    mix: others,
  });
  await new Promise((r) => setTimeout(r, 1000));
  const from = performance.now() - during.start;
  const reports = await Promise.all(
    ids.slice(0, 20).map((id) =>
      fetch(`${api.base}/api/clients/${id}/reports/progress.pdf`, {
        headers,
      }).then(async (r) => (await r.arrayBuffer(), r.status)),
    ),
  );
  const to = performance.now() - during.start;
  during.instance.stop();
  await during.instance;
  const window = during.samples
    .filter((s) => s.at >= from && s.at <= to)
    .map((s) => s.ms);
  const p95 = percentile(window, 0.95);
  const rise = ((p95 - baseline) / baseline) * 100;
  console.log(
    `Report burst: 20 at once took ${ms(to - from)} ms (${reports.filter((s) => s === 200).length} × 200); other endpoints p95 ${ms(baseline)} ms before, ${ms(p95)} ms during (${window.length} requests, 10 connections)`,
  );
  record('others p95 before burst', ms(baseline), 'ms');
  record('others p95 during burst', ms(p95), 'ms');
  record('others p95 rise in burst', ms(rise), '%');
  record('burst of 20 reports, wall', ms(to - from), 'ms');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
