#!/usr/bin/env node
// `npm run bench [-- --tier S|M|L] [--only api,mail,...]`: every benchmark
// (or the named ones) in turn against the production build on a seeded tier
// (default L when seeded, else M), then one table of figures against the
// goals. Nothing here asserts a timing.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const at = process.argv.indexOf('--tier');
const tier =
  (at > 0 ? process.argv[at + 1] : process.env.BENCH_TIER) ??
  (existsSync('.data-scale/L/bench.json') ? 'L' : 'M');

const onlyAt = process.argv.indexOf('--only');
const only =
  onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',') ?? []) : null;

/** Figure name -> goal: `max` (at most), `below` (strictly less than) or `min` (at least). */
const GOALS = {
  'API p95 (mix)': { below: 50 },
  'API p99 (mix)': { below: 150 },
  'API errors (mix)': { max: 0 },
  'list/search p95': { below: 30 },
  'paced 25 req/s: p95 (mix)': { below: 30 },
  'single me (median of 25)': { below: 2 },
  'single list (median of 25)': { below: 5 },
  'single search (median of 25)': { below: 10 },
  'single open:profile (median of 25)': { below: 5 },
  'note write p95': { below: 100 },
  'PDF 50 sessions p95': { below: 500 },
  'others p95 rise in burst': { below: 20 },
  'initial JS (gzip)': { max: 150 },
  'LCP sign-in': { below: 1500 },
  'LCP client list': { below: 1500 },
  'Lighthouse phone sign-in': { min: 90 },
  'Lighthouse phone intake, date of birth': { min: 90 },
  'Lighthouse phone intake, form': { min: 90 },
  'Lighthouse phone client list': { min: 90 },
  'LCP phone sign-in': { below: 2500 },
  'LCP phone intake, date of birth': { below: 2500 },
  'LCP phone intake, form': { below: 2500 },
  'LCP phone client list': { below: 2500 },
  'API RSS under load (peak)': { below: 300 },
  'start, existing data (median of 3)': { below: 3000 },
  'start, first run (slower of 2)': { below: 10000 },
  'mix p95 rise while sending': { max: 10 },
};

const goalLimit = (goal) => goal.below ?? goal.max ?? goal.min;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, BENCH_TIER: tier, ...env },
  });
  return result.status === 0;
}

const tsNode = (file) => [
  'ts-node',
  '--transpile-only',
  '-P',
  'apps/api/tsconfig.app.json',
  '-r',
  'tsconfig-paths/register',
  file,
];

const figures = join('tmp', 'bench-figures.jsonl');
mkdirSync('tmp', { recursive: true });
rmSync(figures, { force: true });
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `Herstelkompas benchmarks on ${process.version}, ${process.platform}/${process.arch}, ` +
    `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; tier ${tier}; ` +
    `load average ${loadavg()[0].toFixed(1)}`,
);

if (!existsSync(join('.data-scale', tier, 'bench.json'))) {
  console.log(`Tier ${tier} is not seeded yet: seeding it first.`);
  if (!run('npx', [...tsNode('tools/bench/seed-scale.ts'), '--tier', tier]))
    process.exit(1);
}
// The figures are of the production build: build it when a source is newer.
if (!run('node', ['tools/build-if-stale.mjs'])) process.exit(1);

/** Name (for --only) -> command. */
const steps = [
  ['scoring', 'npx', tsNode('tools/bench/scoring.bench.ts')],
  ['report', 'npx', tsNode('tools/bench/report.bench.ts')],
  ['api', 'node', ['tools/bench/api.bench.mjs']],
  ['startup', 'node', ['tools/bench/startup.bench.mjs']],
  ['web', 'node', ['tools/bench/web.bench.mjs']],
  // --expose-gc: the export's figure is the live heap after full collections.
  [
    'export',
    'node',
    [
      '-r',
      './tools/bench/ts-project.cjs',
      '--expose-gc',
      '-r',
      'ts-node/register',
      '-r',
      'tsconfig-paths/register',
      'tools/bench/practice-export.bench.ts',
    ],
  ],
  ['mail', 'node', ['tools/bench/mail.bench.mjs']],
  // The portal part: every bench in tools/bench/portal/, one after another.
  ...readdirSync(join('tools', 'bench', 'portal'))
    .filter((file) => file.endsWith('.bench.mjs'))
    .sort()
    .map((file) => [
      'portal',
      'node',
      [join('tools', 'bench', 'portal', file)],
    ]),
].filter(([name]) => !only || only.has(name));
if (!steps.length) {
  console.error(
    '--only names none of: scoring, report, api, startup, web, export, mail, portal',
  );
  process.exit(1);
}
let failed = 0;
for (const [, command, args] of steps)
  if (
    !run(command, args, {
      BENCH_FIGURES: figures,
      TS_NODE_TRANSPILE_ONLY: 'true',
    })
  )
    failed++;

const lines = existsSync(figures)
  ? readFileSync(figures, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
// Other work on the machine moves every figure: the load average says how busy it was.
console.log(
  `\nFigures (tier ${tier}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores at the end); ` +
    'nothing here is a test, "missed by" says how far from the goal',
);
console.table(
  lines
    .filter((f) => f.table !== false)
    .map((f) => {
      const goal = GOALS[f.figure];
      let verdict = '';
      if (goal) {
        const limit = goal.below ?? goal.max ?? goal.min;
        const met =
          goal.below !== undefined
            ? f.value < limit
            : goal.min !== undefined
              ? f.value >= limit
              : f.value <= limit;
        // How far on the wrong side: above a ceiling, or under a floor.
        const over = goal.min !== undefined ? limit - f.value : f.value - limit;
        verdict = met
          ? 'met'
          : `missed by ${Number(over.toFixed(1))} ${f.unit}`.trim() +
            (limit ? ` (${Math.round((over / limit) * 100)} %)` : '');
      }
      return {
        figure: f.figure,
        value: `${f.value} ${f.unit}`.trim(),
        goal: goal
          ? `${goal.below !== undefined ? '<' : goal.min !== undefined ? '≥' : '≤'} ${goalLimit(goal)} ${f.unit}`.trim()
          : '',
        result: verdict,
      };
    }),
);
process.exit(failed ? 1 : 0);
