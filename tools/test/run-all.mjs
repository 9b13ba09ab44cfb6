#!/usr/bin/env node
// `npm test`: format, types, lint, build, then every jest project, and last one
// plain line "N passed, N failed" summed over all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const env = {
  ...process.env,
  TZ: 'UTC',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: 'true',
  NG_CLI_ANALYTICS: 'false',
  HK_TEST_COUNTS: join(
    mkdtempSync(join(tmpdir(), 'hk-counts-')),
    'counts.jsonl',
  ),
};

// jest keeps one core for itself (cores - 1 workers, and on two cores that
// means everything in one process), but the main process only waits while
// workers run: one worker per core, at least two. Not for web: there each
// worker's first test also compiles Angular and Material from scratch, and
// two doing that side by side on a loaded machine went past the 5 s test
// timeout.
const cores = Math.max(2, availableParallelism());
const workers = `--maxWorkers=${cores}`;
// Every integration worker opens connections to the one PostgreSQL.
const dbWorkers = `--maxWorkers=${Math.min(cores, 4)}`;

const jest = (config, ...extra) => [
  'npx',
  'jest',
  '--config',
  config,
  '--ci',
  '--reporters=default',
  // Absolute: jest resolves reporters from each project's own folder.
  `--reporters=${resolve('tools/test/count-reporter.cjs')}`,
  ...extra,
];

const steps = [
  // --cache: a file already found formatted, unchanged since (by content),
  // is not parsed again; a fresh checkout (CI) checks every file.
  [
    'format',
    [
      'npx',
      'prettier',
      '--check',
      '.',
      '--log-level',
      'warn',
      '--cache',
      '--cache-strategy',
      'content',
    ],
  ],
  // Production dependencies against the registry's advisories (needs the registry).
  ['audit', ['node', 'tools/test/audit.mjs']],
  // Two projects at a time: each project's tsc or ESLint is one
  // single-threaded process.
  [
    'types',
    [
      'npx',
      'nx',
      'run-many',
      '-t',
      'typecheck',
      '--parallel=2',
      '--output-style=stream',
    ],
  ],
  [
    'lint',
    [
      'npx',
      'nx',
      'run-many',
      '-t',
      'lint',
      '--parallel=2',
      '--output-style=stream',
    ],
  ],
  [
    'build',
    [
      'npx',
      'nx',
      'run-many',
      '-t',
      'build',
      '-p',
      'api,web',
      '--parallel=1',
      '--output-style=stream',
    ],
  ],
  ['domain', jest('libs/domain/jest.config.ts', '--coverage')],
  ['contracts', jest('libs/contracts/jest.config.ts')],
  ['web', jest('apps/web/jest.config.ts')],
  ['api unit', jest('apps/api/jest.config.ts', workers)],
  // Each worker gets its own copy of the migrated database (global setup).
  ['api integration', jest('apps/api/jest.integration.config.ts', dbWorkers)],
  ['api process', jest('apps/api/jest.process.config.ts', '--runInBand')],
  ['e2e', jest('apps/web-e2e/jest.config.ts', '--runInBand')],
  // The long checks: only when named (`npm run test:resilience`).
  [
    'resilience',
    jest(
      'apps/api/jest.resilience.config.ts',
      '--runInBand',
      '--passWithNoTests',
    ),
  ],
];
const ON_REQUEST = new Set(['resilience']);

const only = process.argv.slice(2);
const failures = [];
const skippedSteps = [];
let unreported = 0;
const countLines = () =>
  existsSync(env.HK_TEST_COUNTS)
    ? readFileSync(env.HK_TEST_COUNTS, 'utf8').split('\n').filter(Boolean)
        .length
    : 0;
for (const [name, command] of steps) {
  if (only.length ? !only.includes(name) : ON_REQUEST.has(name)) continue;
  if (name === 'e2e' && process.env.E2E === 'skip') {
    console.log(
      '\n━━ e2e ━━ SKIPPED: E2E=skip is set, the browser journeys did not run.',
    );
    skippedSteps.push(`${name} (E2E=skip)`);
    continue;
  }
  if (name === 'audit' && process.env.AUDIT === 'skip') {
    console.log(
      '\n━━ audit ━━ SKIPPED: AUDIT=skip is set, the dependencies were NOT audited.',
    );
    skippedSteps.push(`${name} (AUDIT=skip)`);
    continue;
  }
  console.log(`\n━━ ${name} ━━ ${command.join(' ')}`);
  const started = Date.now();
  const countsBefore = countLines();
  const result = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failures.push(name);
    // A runner that failed before reporting counts still counts as a failure.
    if (countLines() === countsBefore) unreported++;
    console.log(`✗ ${name} failed after ${seconds} s`);
  } else {
    console.log(`✓ ${name} (${seconds} s)`);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(env.HK_TEST_COUNTS)) {
  for (const line of readFileSync(env.HK_TEST_COUNTS, 'utf8')
    .split('\n')
    .filter(Boolean)) {
    const counts = JSON.parse(line);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
}
// Steps that failed without counts (format, types, lint, build, a runner that
// could not start) add one failure each.
failed += unreported;
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (skippedSteps.length)
  console.log(`Skipped steps: ${skippedSteps.join(', ')}`);
console.log(
  `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(failures.length || failed ? 1 : 0);
