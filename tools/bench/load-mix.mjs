// The request mix of the API load figures, driven by autocannon, with a
// latency sample per kind (autocannon itself only keeps the aggregate).
import autocannon from 'autocannon';
import { Agent, request as httpRequest } from 'node:http';

// Typed the way people type: without accents, partial, or with them.
const SEARCHES = [
  'zoe',
  'ozturk',
  'jose',
  'celik',
  'muller',
  'lefevre',
  'van den',
  'de vries',
  'yilmaz',
  'noel',
  'helene',
  'jurgen',
  'soren',
  'gross',
  'nguyen',
  'Zoë',
  'Öztürk',
  'francois',
  'anais van',
  'bakker',
  'sahin',
  'ines de',
  'chloe',
];
const SORTS = ['name', '-lastActivity', '-score', 'name'];
const NOTE_TEXT =
  'Cliënt slaapt beter sinds de ademhalingsoefening voor het slapengaan. ' +
  'Pijn aan het begin van de sessie was vijf, aan het eind drie. We bespraken ' +
  'hoe piekeren in de avond het inslapen moeilijker maakt en spraken af om een ' +
  'vast avondritme te proberen. Wandelt drie keer per week twintig minuten. ' +
  'Stress op het werk blijft hoog; grenzen aangeven is het thema voor de ' +
  'komende weken. Huiswerk: dagelijks vijf minuten buikademhaling en een korte ' +
  'wandeling na het avondeten. Volgende keer evalueren we de focusdomeinen.';

/** Request share of each kind; `open` is the client page: profile, ranking and timeline. */
export const MIX = {
  list: 0.3,
  search: 0.3,
  'open:profile': 0.25 / 3,
  'open:ranking': 0.25 / 3,
  'open:timeline': 0.25 / 3,
  note: 0.1,
  report: 0.05,
};

export function request(kind, ids, n) {
  const id = ids[n % ids.length];
  switch (kind) {
    case 'list':
      return {
        method: 'GET',
        path: `/api/clients?page=${1 + (n % 5)}&sort=${SORTS[n % SORTS.length]}`,
      };
    case 'search':
      return {
        method: 'GET',
        path: `/api/clients?search=${encodeURIComponent(SEARCHES[n % SEARCHES.length])}`,
      };
    case 'open:profile':
      return { method: 'GET', path: `/api/clients/${id}` };
    case 'open:ranking':
      return { method: 'GET', path: `/api/clients/${id}/priority` };
    case 'open:timeline':
      return { method: 'GET', path: `/api/clients/${id}/timeline` };
    case 'note':
      return {
        method: 'POST',
        path: `/api/clients/${id}/session-notes`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sessionDate: new Date().toISOString(),
          type: 'coaching',
          domains: ['sleep', 'stress'],
          text: NOTE_TEXT,
        }),
      };
    case 'report':
      return { method: 'GET', path: `/api/clients/${id}/reports/progress.pdf` };
  }
}

/** Picks kinds in a fixed shuffled cycle, so every run has the same mix. */
function kindPicker(mix) {
  const cycle = [];
  for (const [kind, share] of Object.entries(mix))
    for (let i = 0; i < Math.round(share * 120); i++) cycle.push(kind);
  for (let i = cycle.length - 1; i > 0; i--) {
    const j = (i * 7919) % (i + 1);
    [cycle[i], cycle[j]] = [cycle[j], cycle[i]];
  }
  let n = 0;
  return () => cycle[n++ % cycle.length];
}

/**
 * Runs the mix for `seconds` with `connections`; returns per-kind samples
 * (ms, with the time each answer came) plus autocannon's own summary.
 */
export async function runMix({
  base,
  headers,
  ids,
  connections,
  seconds,
  mix = MIX,
  onTick,
  rate,
}) {
  const next = kindPicker(mix);
  let n = 0;
  const samples = {};
  const statuses = {};
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 30,
    headers,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: (req, context) => {
          const kind = next();
          context.kind = kind;
          const r = request(kind, ids, n++);
          return {
            ...req,
            ...r,
            headers: { ...req.headers, ...(r.headers ?? {}) },
          };
        },
      },
    ],
  });
  const start = performance.now();
  instance.on('response', (client, status, _bytes, ms) => {
    const kind = client.requestIterator.context.kind ?? 'unknown';
    (samples[kind] ??= []).push({ ms, at: performance.now() - start });
    if (status >= 400)
      (statuses[kind] ??= {})[status] = (statuses[kind]?.[status] ?? 0) + 1;
  });
  const ticker = onTick ? setInterval(onTick, 500) : undefined;
  const result = await instance;
  if (ticker) clearInterval(ticker);
  return { samples, statuses, result, stop: () => instance.stop() };
}

/** Starts the mix and hands back a handle, for runs that end when something else ends. */
export function startMix(options) {
  const next = kindPicker(options.mix ?? MIX);
  let n = 0;
  const samples = [];
  const start = performance.now();
  const instance = autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    headers: options.headers,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        setupRequest: (req, context) => {
          const kind = next();
          context.kind = kind;
          const r = request(kind, options.ids, n++);
          return {
            ...req,
            ...r,
            headers: { ...req.headers, ...(r.headers ?? {}) },
          };
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) =>
    samples.push({ ms, at: performance.now() - start, status }),
  );
  return { instance, samples, start };
}

/**
 * The mix at a steady pace: one request every 1000 / rate ms, each on its own
 * schedule whether or not the ones before have answered (an open loop, up to
 * `connections` kept-alive connections). autocannon's overallRate sends each
 * second's share at the start of the second, so its latency was mostly the
 * wait behind that burst; spread evenly, the figure is service time.
 *
 * Starts sending and hands back a handle: `stop()` ends it early (a run
 * that lasts until something else is done), `done` settles once every
 * request sent has been answered. Samples are per kind, `at` being when the
 * request was sent (ms after the start).
 */
export function startPaced({
  base,
  headers,
  ids,
  rate,
  seconds = Infinity,
  connections = 50,
  mix = MIX,
}) {
  const next = kindPicker(mix);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const samples = {};
  const statuses = {};
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const url = new URL(base);
  let errors = 0;
  let stopped = false;
  const start = performance.now();
  const fire = (n) =>
    new Promise((done) => {
      const kind = next();
      const r = request(kind, ids, n);
      const sent = performance.now();
      const req = httpRequest(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: r.method,
          path: r.path,
          headers: { ...headers, ...(r.headers ?? {}) },
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            const ms = performance.now() - sent;
            (samples[kind] ??= []).push({ ms, at: sent - start });
            if (res.statusCode >= 400)
              (statuses[kind] ??= {})[res.statusCode] =
                (statuses[kind]?.[res.statusCode] ?? 0) + 1;
            done();
          });
        },
      );
      req.on('error', () => {
        errors++;
        done();
      });
      req.end(r.body);
    });
  const done = (async () => {
    const pending = [];
    for (let n = 0; n < total && !stopped; n++) {
      const due = start + n * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (!stopped) pending.push(fire(n));
    }
    await Promise.all(pending);
    agent.destroy();
  })();
  return {
    start,
    samples,
    statuses,
    errors: () => errors,
    stop: () => {
      stopped = true;
    },
    done,
  };
}

/** The paced mix for `seconds`, in the shape runMix returns. */
export async function runPaced(options) {
  const run = startPaced(options);
  await run.done;
  const answered = Object.values(run.samples).flat().length;
  return {
    samples: run.samples,
    statuses: run.statuses,
    result: {
      requests: { average: answered / options.seconds },
      errors: run.errors(),
      timeouts: 0,
      non2xx: Object.values(run.statuses)
        .flatMap((s) => Object.values(s))
        .reduce((a, b) => a + b, 0),
    },
  };
}

/** The single-request kinds: the session check alone, then the mix's reads. */
export const SINGLE_KINDS = [
  'me',
  'list',
  'search',
  'open:profile',
  'open:ranking',
  'open:timeline',
];

/** One request of `kind` after the other, nothing else in flight: ms each (after `warm` untimed). */
export async function timeSingle({ base, headers, ids, kind, n, warm = 5 }) {
  const one = async (i) => {
    const r =
      kind === 'me'
        ? { method: 'GET', path: '/api/auth/me' }
        : request(kind, ids, i);
    const start = performance.now();
    const res = await fetch(base + r.path, {
      method: r.method,
      headers: { ...headers, ...(r.headers ?? {}) },
      body: r.body,
    });
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${kind} answered ${res.status}`);
    return performance.now() - start;
  };
  for (let i = 0; i < warm; i++) await one(i);
  const times = [];
  for (let i = 0; i < n; i++) times.push(await one(i));
  return times;
}
