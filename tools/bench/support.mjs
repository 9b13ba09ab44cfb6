// Shared by the benches: start the built API, sign in, read memory, keep figures.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { URI } from 'otpauth';

/** The built API; BENCH_API_MAIN points at another build (e.g. a copy of the one before a change, for A/B). */
export const MAIN = resolve(
  process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js',
);

/** Appends one figure for run.mjs's closing table. */
export function record(figure, value, unit, extra = {}) {
  const file = process.env.BENCH_FIGURES;
  const line = { figure, value, unit, ...extra };
  if (file) appendFileSync(file, JSON.stringify(line) + '\n');
}

export function percentile(samples, q) {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Runs `node dist/apps/api/main.js` as `npm start` does; resolves once /api/health answers 200. */
export async function startApi(
  env,
  { timeoutMs = 120_000, nodeArgs = [], main = MAIN } = {},
) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      // `API_PROCESSES=1 npm run bench` against the default, back to back.
      ...(process.env.API_PROCESSES
        ? { API_PROCESSES: process.env.API_PROCESSES }
        : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((r) => child.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited early:\n${output.slice(-2000)}`);
    if (Date.now() > until) {
      child.kill('SIGTERM');
      throw new Error(`the API was not healthy within ${timeoutMs} ms`);
    }
    const ok = await fetch(`${base}/api/health`, {
      signal: AbortSignal.timeout(2000),
    })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const healthyMs = performance.now() - started;
  return {
    base,
    pid: child.pid,
    healthyMs,
    /** performance.now() when the process was started (where a --cpu-prof profile begins, roughly). */
    spawnedAt: started,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in like the web app; returns the headers every later call sends. */
/**
 * Signs in as a browser would. Owners must use two-step sign-in: the first
 * run enrols (as the security page does) and keeps the authenticator's URI
 * in the tier's folder (`mfaFile`); later runs answer the second step with
 * the code an authenticator app would show.
 */
export async function signIn(base, email, password, mfaFile) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200)
    throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  let response = login;
  if ((await login.clone().json()).mfaRequired) {
    if (!mfaFile || !existsSync(mfaFile))
      throw new Error(`two-step sign-in is on, but ${mfaFile} is missing`);
    response = await secondStep(base, login, readFileSync(mfaFile, 'utf8'));
  }
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  const xsrf =
    cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '';
  const headers = {
    cookie: cookies.join('; '),
    'x-xsrf-token': xsrf,
    origin: base,
  };
  const me = await (await fetch(`${base}/api/auth/me`, { headers })).json();
  if (me.mfa?.setupRequired) await enrol(base, headers, mfaFile, password);
  return headers;
}

/** A code is good once: when this step's code was used already, wait for the next. */
async function secondStep(base, login, uri) {
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(`${base}/api/auth/login/mfa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, cookie },
      body: JSON.stringify({ code: URI.parse(uri).generate() }),
    });
    if (response.status === 200) return response;
    await new Promise((r) => setTimeout(r, 31_000));
  }
  throw new Error('the second sign-in step was refused twice');
}

async function enrol(base, headers, mfaFile, password) {
  if (!mfaFile)
    throw new Error('two-step sign-in is required: pass a file for it');
  // Enrolment asks for the password again.
  const start = await fetch(`${base}/api/auth/mfa/enrolment`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword: password }),
  });
  const { otpauthUri } = await start.json();
  const confirm = await fetch(`${base}/api/auth/mfa/enrolment/confirm`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ code: URI.parse(otpauthUri).generate() }),
  });
  if (!confirm.ok)
    throw new Error(`two-step enrolment failed: ${confirm.status}`);
  writeFileSync(mfaFile, otpauthUri, { mode: 0o600 });
}

/** Resident memory of a process in MB, from /proc. */
export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/**
 * The API's own processes: the one started and, with API_PROCESSES > 1, the
 * API processes it forked (node:cluster). Its other children (the embedded
 * PostgreSQL and its backends) run another program and are left out.
 */
export function apiPids(pid) {
  const exe = (p) => {
    try {
      return readlinkSync(`/proc/${p}/exe`);
    } catch {
      return undefined;
    }
  };
  const node = exe(pid);
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and brackets: fields follow the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && exe(entry) === node) children.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return [pid, ...children.sort((a, b) => a - b)];
}

/**
 * Resident memory of the API in MB: all its processes together (primary and
 * API processes) and each one; `processes[0]` is the process started.
 */
export function apiRssMb(pid) {
  const processes = [];
  for (const p of apiPids(pid)) {
    try {
      processes.push({ pid: p, mb: rssMb(p) });
    } catch {
      // A process that just ended has no memory left to count.
    }
  }
  return { total: processes.reduce((sum, p) => sum + p.mb, 0), processes };
}

/** The API's environment for a seeded tier: its folder, or DATABASE_URL when the tier lives there. */
export function tierEnv(tier) {
  const env = { DATA_DIR: join('.data-scale', tier), DEMO_SEED: 'false' };
  if (process.env.DATABASE_URL)
    Object.assign(env, {
      DATABASE_URL: process.env.DATABASE_URL,
      SESSION_SECRET:
        process.env.SESSION_SECRET ?? 'bench-session-secret-'.padEnd(40, 'x'),
    });
  return env;
}
