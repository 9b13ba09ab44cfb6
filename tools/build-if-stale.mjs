#!/usr/bin/env node
// Before `npm start` (and the CLI): build the API and the web app only when an
// output is missing or a source is newer than it, so a second start is fast.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = [
  'libs/domain/src',
  'libs/contracts/src',
  'package-lock.json',
  'tsconfig.base.json',
];
const TARGETS = {
  api: {
    output: 'dist/apps/api/main.js',
    inputs: [
      'apps/api/src',
      'apps/api/webpack.config.js',
      'apps/api/tsconfig.app.json',
      ...SHARED,
    ],
  },
  web: {
    // Written by tools/precompress.mjs, the last step of the web build.
    output: 'dist/apps/web/browser/index.html.br',
    inputs: [
      'apps/web/src',
      'tools/precompress.mjs',
      'tools/route-preloads.mjs',
      'apps/web/project.json',
      'apps/web/tsconfig.app.json',
      ...SHARED,
    ],
  },
};

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path))
    latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const wanted = process.argv.slice(2).length
  ? process.argv.slice(2)
  : Object.keys(TARGETS);
const stale = wanted.filter((name) => {
  const { output, inputs } = TARGETS[name];
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((input) => newest(input) > built);
});

if (stale.length) {
  console.log(
    `Building ${stale.join(' and ')} (first start or changed sources)…`,
  );
  const result = spawnSync(
    'npx',
    [
      'nx',
      'run-many',
      '-t',
      'build',
      '-p',
      stale.join(','),
      '--parallel=1',
      '--output-style=stream',
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
        NX_TUI: 'false',
        NG_CLI_ANALYTICS: 'false',
      },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
