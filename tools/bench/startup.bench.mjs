// Cold start of the built product to a healthy /api/health: on the tier's
// existing data, and a first run (initdb, migrations, demo seed) in an empty
// folder. Asserts nothing.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, record, startApi, tierEnv } from './support.mjs';

const tier = process.env.BENCH_TIER ?? 'M';
const ms = (v) => Number(v.toFixed(0));

async function coldStart(env) {
  const api = await startApi(env);
  await api.stop();
  return api.healthyMs;
}

async function main() {
  const existing = [];
  for (let i = 0; i < 3; i++) existing.push(await coldStart(tierEnv(tier)));
  const first = [];
  for (let i = 0; i < 2; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'hk-bench-'));
    chmodSync(dir, 0o755);
    try {
      first.push(await coldStart({ DATA_DIR: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nCold start to healthy: tier ${tier} data ${existing.map(ms).join(', ')} ms; first run ${first.map(ms).join(', ')} ms`,
  );
  record(
    'start, existing data (median of 3)',
    ms(percentile(existing, 0.5)),
    'ms',
  );
  record('start, first run (slower of 2)', ms(percentile(first, 0.5)), 'ms');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
