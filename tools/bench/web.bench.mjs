// Web figures: JavaScript transferred (gzip) initially and per lazy route;
// lab LCP/TBT/CLS of the sign-in page and the client list in Debian's
// Chromium at desktop size, without throttling; and Lighthouse 12 on a
// phone (mobile, simulated slow 4G) for the pages a phone opens first, with
// the bytes that crossed the wire. Asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { lighthouseMobile, phonePages, RUNS } from './lighthouse.mjs';
import { percentile, record, signIn, startApi, tierEnv } from './support.mjs';

const DIST = 'dist/apps/web/browser';
const tier = process.env.BENCH_TIER ?? 'M';
const kb = (bytes) => Number((bytes / 1024).toFixed(1));

const gz = (file) =>
  gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const staticImports = (file) =>
  [
    ...readFileSync(join(DIST, file), 'utf8').matchAll(
      /(?:import|from)\s*"\.\/([\w-]+\.js)"/g,
    ),
  ].map((m) => m[1]);

function closure(files) {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(visit);
  };
  files.forEach(visit);
  return seen;
}

function sizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // Asset URLs in index.html are absolute ("/main-….js"): no <base> element.
  const entry = [...html.matchAll(/(?:src|href)="\/?([\w-]+\.js)"/g)].map(
    (m) => m[1],
  );
  const initial = closure(entry);
  const initialGz = [...initial].reduce((sum, f) => sum + gz(f), 0);
  const css = [...html.matchAll(/href="\/?([\w-]+\.css)"/g)].reduce(
    (s, m) => s + gz(m[1]),
    0,
  );
  record('initial JS (gzip)', kb(initialGz), 'kB');
  console.log(
    `\nWeb build: initial JS ${kb(initialGz)} kB gzip in ${initial.size} files, CSS ${kb(css)} kB gzip`,
  );
  // Route chunks, found through the router's own `path:"…",load…:()=>import("./chunk")`.
  const rows = [];
  const walk = (file, prefix, loaded) => {
    const text = readFileSync(join(DIST, file), 'utf8');
    for (const m of text.matchAll(
      /path:"([^"]*)"[^{}]{0,200}?load(?:Children|Component):\(\)=>import\("\.\/([\w-]+\.js)"\)/g,
    )) {
      const route =
        `${prefix}/${m[1]}`.replace(/\/+$/, '').replace(/\/\//g, '/') || '/';
      const own = [...closure([m[2]])].filter((f) => !loaded.has(f));
      rows.push({
        route,
        files: own.length,
        'kB gzip': kb(own.reduce((s, f) => s + gz(f), 0)),
      });
      if (route.split('/').length < 5)
        walk(m[2], route, new Set([...loaded, ...own]));
    }
  };
  [...initial].forEach((f) => walk(f, '', initial));
  const unique = [...new Map(rows.map((r) => [r.route, r])).values()];
  console.table(unique);
  for (const r of unique)
    record(`lazy route ${r.route} (gzip)`, r['kB gzip'], 'kB', {
      table: false,
    });
}

const OBSERVE = `
  window.__lab = { lcp: 0, cls: 0, longTasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lab.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__lab.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lab.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
`;

async function lab(browser, base, path, session) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({
      viewport: { width: 1350, height: 940 },
    });
    // One session, signed in once (two-step sign-in codes are good once),
    // handed to every cold context as its cookies.
    if (session)
      await context.addCookies(
        session.cookie.split('; ').map((pair) => {
          const at = pair.indexOf('=');
          return {
            name: pair.slice(0, at),
            value: pair.slice(at + 1),
            url: base,
          };
        }),
      );
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    // A busy machine can paint after the network is idle: wait for the paint itself.
    await page.waitForFunction(() => window.__lab.lcp > 0, null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(1000);
    const m = await page.evaluate(() => {
      const fcp =
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
        0;
      const tbt = window.__lab.longTasks
        .filter(([s]) => s >= fcp)
        .reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      return { lcp: window.__lab.lcp, cls: window.__lab.cls, tbt, fcp };
    });
    runs.push(m);
    await context.close();
  }
  const med = (k) =>
    percentile(
      runs.map((r) => r[k]),
      0.5,
    );
  return { lcp: med('lcp'), tbt: med('tbt'), cls: med('cls'), fcp: med('fcp') };
}

async function labFigures() {
  const seed = JSON.parse(
    readFileSync(join('.data-scale', tier, 'bench.json'), 'utf8'),
  );
  const api = await startApi(tierEnv(tier));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // One session, signed in once (two-step sign-in codes are good once).
    const session = await signIn(
      api.base,
      seed.email,
      seed.password,
      join('.data-scale', tier, 'owner-totp.txt'),
    );
    const pages = {
      'sign-in (/login)': await lab(browser, api.base, '/login'),
      'client list (/clienten)': await lab(
        browser,
        api.base,
        '/clienten',
        session,
      ),
    };
    console.log(
      '\nLab figures, desktop 1350×940, no throttling, median of 3 cold loads',
    );
    console.table(
      Object.entries(pages).map(([page, m]) => ({
        page,
        'FCP ms': Math.round(m.fcp),
        'LCP ms': Math.round(m.lcp),
        'TBT ms': Math.round(m.tbt),
        CLS: Number(m.cls.toFixed(3)),
      })),
    );
    for (const [page, m] of Object.entries(pages)) {
      const name = page.split(' (')[0];
      record(`LCP ${name}`, Math.round(m.lcp), 'ms');
      record(`TBT ${name}`, Math.round(m.tbt), 'ms');
      record(`CLS ${name}`, Number(m.cls.toFixed(3)), '');
    }
    await browser.close();
    await phoneFigures(await phonePages(api.base, session));
  } finally {
    await browser.close();
    await api.stop();
  }
}

/** Lighthouse 12, mobile, simulated slow 4G: the median of RUNS (3) runs a page. */
async function phoneFigures(pages) {
  const rows = await lighthouseMobile(pages);
  console.log(
    `\nLighthouse 12 on a phone (mobile, simulated slow 4G and 4× slower CPU), median of ${RUNS} runs; ` +
      "kB = bytes that crossed the wire; BI = Lighthouse's measure of this machine's speed (lower: busier)",
  );
  console.table(
    rows.map((r) => ({
      page: r.page,
      score: r.score,
      runs: r.scores.join(' / '),
      'FCP ms': Math.round(r.fcp),
      'LCP ms': Math.round(r.lcp),
      'TBT ms': Math.round(r.tbt),
      CLS: Number(r.cls.toFixed(3)),
      'kB sent': kb(r.bytes),
      requests: r.requests,
      BI: Math.round(r.benchmarkIndex),
    })),
  );
  for (const r of rows) {
    const name = `phone ${r.page.split(' (')[0]}`;
    record(`Lighthouse ${name}`, r.score, '');
    record(`LCP ${name}`, Math.round(r.lcp), 'ms');
    record(`TBT ${name}`, Math.round(r.tbt), 'ms', { table: false });
    record(`CLS ${name}`, Number(r.cls.toFixed(3)), '', { table: false });
    record(`bytes sent ${name}`, kb(r.bytes), 'kB');
  }
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST} is missing: npm run build`);
  sizes();
  await labFigures();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
