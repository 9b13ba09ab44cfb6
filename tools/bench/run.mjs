#!/usr/bin/env node
// `npm run bench`: every benchmark in turn; each prints its own table of
// figures. Nothing here asserts a timing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES = [
  'tools/bench/scoring.bench.ts',
  'tools/bench/report.bench.ts',
].filter((file) => existsSync(file));

console.log(
  `Herstelkompas benchmarks on ${process.version}, ${process.platform}/${process.arch}`,
);
let failed = 0;
for (const file of BENCHES) {
  const result = spawnSync(
    'npx',
    [
      'ts-node',
      '--transpile-only',
      '-P',
      'apps/api/tsconfig.app.json',
      '-r',
      'tsconfig-paths/register',
      file,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' },
    },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
