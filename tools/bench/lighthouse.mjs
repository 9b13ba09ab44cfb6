// Lighthouse 12 on a phone: the mobile form factor with Lighthouse's default
// simulated throttling (slow 4G, 4× slower CPU), the median of 3 runs per
// page. Used by web.bench.mjs; asserts nothing.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/**
 * One cold load. On a busy machine Lighthouse now and then loses the trace
 * (NO_NAVSTART, NO_FCP): such a run is repeated, up to twice.
 */
async function run(port, url, cookie) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const error = result?.lhr
      ? result.lhr.runtimeError
      : { message: 'no result' };
    if (!error) return result.lhr;
    if (attempt === 3)
      throw new Error(`Lighthouse failed on ${url}: ${error.message}`);
    console.warn(`Lighthouse on ${url}: ${error.code ?? error.message}; again`);
  }
}

/**
 * One page, RUNS cold loads (Lighthouse empties the cache before each);
 * `cookie` is sent with every request, as a signed-in browser would.
 */
async function audit(port, url, cookie) {
  const lhrs = [];
  for (let i = 0; i < RUNS; i++) lhrs.push(await run(port, url, cookie));
  // Lighthouse's own choice: the run closest to the median FCP and TTI.
  const median = computeMedianRun(lhrs);
  const value = (id) => median.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((median.categories.performance.score ?? 0) * 100),
    scores: lhrs.map((l) =>
      Math.round((l.categories.performance.score ?? 0) * 100),
    ),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    bytes: value('total-byte-weight'),
    requests: median.audits['network-requests']?.details?.items?.length ?? 0,
    // Lighthouse's measure of this machine's speed during the run: a busy
    // machine scores lower, and its simulated phone is slower with it.
    benchmarkIndex: median.environment?.benchmarkIndex ?? NaN,
    lhr: median,
  };
}

/**
 * `pages`: [{ name, url, cookie? }]. Returns one row per page with the
 * median run's figures (bytes = what crossed the wire, Lighthouse's
 * total-byte-weight, i.e. transfer sizes).
 */
export async function lighthouseMobile(pages) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const rows = [];
    for (const page of pages)
      rows.push({
        page: page.name,
        ...(await audit(chrome.port, page.url, page.cookie)),
      });
    return rows;
  } finally {
    await chrome.kill();
  }
}

async function api(base, headers, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `${method} ${path}: ${response.status} ${await response.text()}`,
    );
  return response;
}

/**
 * The pages a phone opens first: the sign-in page; a real intake link (made
 * as the "Intake versturen" button does, for a new client) at its
 * date-of-birth step, and again once the date of birth is checked (the form
 * itself); the client list, signed in. `session` is what support.signIn
 * returns.
 */
export async function phonePages(base, session) {
  const dateOfBirth = '1986-02-14';
  const client = await (
    await api(base, session, 'POST', '/api/clients', {
      firstName: 'Lighthouse',
      lastName: `Meting ${Date.now()}`,
      dateOfBirth,
      email: `lighthouse-${Date.now()}@example.nl`,
    })
  ).json();
  const invitation = await (
    await api(
      base,
      session,
      'POST',
      `/api/clients/${client.id}/intake-invitations`,
      {
        variant: 'baseline',
      },
    )
  ).json();
  const path = new URL(invitation.url).pathname;
  // The intake's own cookie (scoped to this link's API path) after the check.
  const verified = await api(
    base,
    { origin: base },
    'POST',
    `/api${path}/verify`,
    {
      dateOfBirth,
    },
  );
  const intakeCookie = verified.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return [
    { name: 'sign-in (/login)', url: `${base}/login` },
    { name: 'intake, date of birth', url: `${base}${path}` },
    { name: 'intake, form', url: `${base}${path}`, cookie: intakeCookie },
    {
      name: 'client list (/clienten)',
      url: `${base}/clienten`,
      cookie: session.cookie,
    },
  ];
}
