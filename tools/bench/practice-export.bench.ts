/**
 * The whole-practice export at 1,000 and 10,000 clients (each with the demo's
 * assessments, three session notes and access-log lines): time, size, and
 * how far the process's memory rises while it streams. Flat memory means
 * the peak does not grow with the number of clients. Prints; asserts nothing.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendFileSync, chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { startEmbeddedDatabase } from '../../apps/api/src/database/embedded-postgres';
import { streamPracticeExport } from '../../apps/api/src/exports/practice/practice-export';
import { seedDemoPractice } from '../../apps/api/src/seed/demo-seed';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** HK_BENCH_EXPORT_CLIENTS=1000,10000 (the default) sets the practice sizes. */
const sizes = () =>
  (process.env['HK_BENCH_EXPORT_CLIENTS'] ?? '1000,10000')
    .split(',')
    .map(Number);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'hk-bench-export-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedDatabase({
    dataDir: dir,
    password: 'bench',
  });
  try {
    const admin = new Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const dataSource = createDataSource(server.urlFor('bench'));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await seedDemoPractice(dataSource, 'bench-secret-'.padEnd(40, 'x'));
    const [{ id: practiceId }] = await dataSource.query(
      'SELECT id FROM practices',
    );
    await addNotes(dataSource);
    const templates: string[] = (
      await dataSource.query('SELECT id FROM clients ORDER BY id')
    ).map((row: { id: string }) => row.id);
    const rows: string[][] = [];
    for (const clients of sizes()) {
      await growTo(dataSource, templates, clients);
      global.gc?.();
      const before = process.memoryUsage().rss;
      const heapBefore = process.memoryUsage().heapUsed;
      let peak = before;
      let heapPeak = heapBefore;
      // RSS as the system sees it; the heap after a full collection shows
      // what the export really holds on to.
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      const collector = setInterval(() => {
        global.gc?.();
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      }, 1000);
      let bytes = 0;
      const started = process.hrtime.bigint();
      await pipeline(
        await streamPracticeExport(dataSource, practiceId, new Date()),
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            bytes += chunk.length;
            done();
          },
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(sampler);
      clearInterval(collector);
      if (process.env['BENCH_FIGURES'] && clients === Math.max(...sizes())) {
        const figure = (name: string, value: number, unit: string) =>
          appendFileSync(
            process.env['BENCH_FIGURES'] as string,
            JSON.stringify({ figure: name, value, unit }) + '\n',
          );
        figure(
          `practice export ${clients} clients`,
          Number(seconds.toFixed(1)),
          's',
        );
        if (global.gc)
          figure(
            'practice export live heap rise',
            Number(mb(heapPeak - heapBefore)),
            'MB',
          );
      }
      rows.push([
        clients.toLocaleString('en'),
        seconds.toFixed(1),
        mb(bytes),
        mb(before),
        mb(peak),
        `+${mb(peak - before)}`,
        global.gc ? `+${mb(heapPeak - heapBefore)}` : 'n/a',
      ]);
    }
    await dataSource.destroy();
    console.log('\nWhole-practice export (streamed ZIP)');
    console.table(
      rows.map(([clients, s, size, rss, peak, rise, heap]) => ({
        clients,
        seconds: s,
        'ZIP MB': size,
        'RSS before MB': rss,
        'RSS peak MB': peak,
        'RSS rise MB': rise,
        'live heap rise MB': heap,
      })),
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Three notes and a log line for each of the demo's clients, as templates. */
async function addNotes(dataSource: ReturnType<typeof createDataSource>) {
  await dataSource.query(`
    INSERT INTO session_notes (practice_id, client_id, author_id, session_date, type, text)
    SELECT c.practice_id, c.id, c.responsible_practitioner_id, now() - g * interval '7 days', 'coaching',
           repeat('Ademhaling en ontspanning geoefend, slaap besproken. ', 9)
      FROM clients c CROSS JOIN generate_series(1, 3) g`);
  await dataSource.query(`
    INSERT INTO audit_events (practice_id, event, action, part, client_id, user_id, outcome)
    SELECT c.practice_id, 'client.view', 'R', 'profile', c.id, c.responsible_practitioner_id, 'success'
      FROM clients c`);
}

/** Copies the demo's clients (with their assessments, notes and log) until there are `total`. */
async function growTo(
  dataSource: ReturnType<typeof createDataSource>,
  templates: string[],
  total: number,
) {
  const [{ n }] = await dataSource.query(
    'SELECT count(*)::int AS n FROM clients',
  );
  const copies = Math.ceil((total - n) / templates.length);
  if (copies <= 0) return;
  const copy = (table: string, key: string, extra = '') => `
    INSERT INTO ${table}
    SELECT (json_populate_record(NULL::${table},
              (row_to_json(t)::jsonb || jsonb_build_object('id', gen_random_uuid(), '${key}', m.new_id ${extra}))::json)).*
      FROM ${table} t JOIN copy_map m ON m.old_id = t.${key}`;
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `
      CREATE TEMP TABLE copy_map ON COMMIT DROP AS
      SELECT c.id AS old_id, gen_random_uuid() AS new_id, g
        FROM unnest($1::uuid[]) AS c(id)
        CROSS JOIN generate_series(1, ${copies}) g`,
      [templates],
    );
    await manager.query(`
      INSERT INTO clients
      SELECT (json_populate_record(NULL::clients,
                (row_to_json(c)::jsonb || jsonb_build_object('id', m.new_id, 'email', m.g || '.' || c.email))::json)).*
        FROM clients c JOIN copy_map m ON m.old_id = c.id`);
    await manager.query(
      copy('assessments', 'client_id', ", 'invitation_id', null"),
    );
    await manager.query(copy('session_notes', 'client_id'));
    await manager.query(copy('audit_events', 'client_id'));
  });
  await dataSource.query('ANALYZE');
}

void main();
