import type { ProgressReport } from '@herstelkompas/domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderTimeout, WorkerPool } from './render-pool';

// A stand-in for report-worker.js: answers with the report's `name`, never
// answers `hang`, dies on `crash`, and says how many jobs it saw at once.
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
let busy = 0;
parentPort.on('message', ({ report }) => {
  if (report.name === 'crash') process.exit(3);
  if (report.name === 'hang') return;
  busy++;
  setTimeout(() => {
    const bytes = new TextEncoder().encode(report.name + ':' + busy);
    busy--;
    parentPort.postMessage({ ok: true, bytes }, [bytes.buffer]);
  }, 5);
});
`;

describe('WorkerPool', () => {
  let dir: string;
  let file: string;
  let pool: WorkerPool | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'render-pool-'));
    file = join(dir, 'fake-worker.js');
    writeFileSync(file, FAKE_WORKER);
  });
  afterEach(() => pool?.close());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const job = (p: WorkerPool, name: string, timeoutMs = 10000) =>
    p
      .render(
        { name } as unknown as ProgressReport,
        {
          language: 'nl',
          painCharts: true,
        },
        timeoutMs,
      )
      .then((pdf) => pdf.toString());

  it('draws in arrival order, one job per worker at a time', async () => {
    const p = (pool = new WorkerPool(file, 1));
    const finished: string[] = [];
    const names = ['a', 'b', 'c', 'd'];
    const results = await Promise.all(
      names.map((name) =>
        job(p, name).then((text) => {
          finished.push(name);
          return text;
        }),
      ),
    );
    expect(finished).toEqual(names);
    expect(results).toEqual(['a:1', 'b:1', 'c:1', 'd:1']);
  });

  it('stops a drawing that overruns and carries on with a fresh worker', async () => {
    const p = (pool = new WorkerPool(file, 1));
    const late = job(p, 'hang', 50);
    const next = job(p, 'after');
    await expect(late).rejects.toBeInstanceOf(RenderTimeout);
    await expect(next).resolves.toBe('after:1');
  });

  it('fails the job of a worker that dies and replaces the worker', async () => {
    const p = (pool = new WorkerPool(file, 2));
    await expect(job(p, 'crash')).rejects.toThrow(/stopped while drawing/);
    await expect(job(p, 'fine')).resolves.toBe('fine:1');
  });

  it('starts no worker before the first job, and one for two first jobs at once', async () => {
    const p = (pool = new WorkerPool(file, 1));
    expect(p.workers).toBe(0);
    const both = Promise.all([job(p, 'first'), job(p, 'second')]);
    expect(p.workers).toBe(1);
    await expect(both).resolves.toEqual(['first:1', 'second:1']);
    expect(p.workers).toBe(1);
  });

  it('ends an idle worker after the quiet period and starts one again for the next job', async () => {
    const p = (pool = new WorkerPool(file, 2, 20));
    await expect(Promise.all([job(p, 'a'), job(p, 'b')])).resolves.toHaveLength(
      2,
    );
    // How many are still up here depends on timing (the first may already
    // have idled out); what matters is that all end and one comes back.
    while (p.workers > 0) await new Promise((r) => setTimeout(r, 10));
    await expect(job(p, 'again')).resolves.toBe('again:1');
    expect(p.workers).toBe(1);
  });

  it('refuses new work once closed', async () => {
    const p = (pool = new WorkerPool(file, 1));
    await p.close();
    await expect(job(p, 'x')).rejects.toThrow(/closed/);
  });
});
