import { formatPersonName } from '@herstelkompas/domain';
import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import { ZipFile } from 'yazl';
import { Client } from '../../clients/client.entity';
import { fileSlug } from '../../common/download';
import { loadClientRecord } from '../client-record';
import { fhirBundle } from '../fhir/fhir-bundle';
import { recordJson } from '../record-json';
import { quote } from '../../database/table-order';
import { practiceTables, type PracticeTable } from './practice-tables';

/** Version of the practice export's layout; an import refuses other formats. */
export const PRACTICE_EXPORT_FORMAT = 'herstelkompas-practice-export/1';

/** Rows fetched from a table's cursor at a time, and clients listed at a time. */
const BATCH = 500;
/** Entries queued in the ZIP ahead of the one being written: what bounds memory. */
const WINDOW = 16;

export interface TableManifest {
  name: string;
  rows: number;
  sha256: string;
}

export interface PracticeExportManifest {
  format: typeof PRACTICE_EXPORT_FORMAT;
  exportedAt: string;
  practice: { id: string; name: string };
  /** The newest migration the data was stored under. */
  schemaVersion: string;
  clients: number;
  /** In restore order: parents before children. */
  tables: TableManifest[];
}

/**
 * A whole practice as one ZIP, written while it streams:
 * - data/<table>.ndjson: every stored row of the practice, one JSON object a
 *   line, exactly as stored — what `cli import` restores;
 * - clients/<name>-<id>/record.json and fhir-bundle.json: each client's
 *   record in the same format as the single-client export;
 * - manifest.json last: row counts and a SHA-256 per table file.
 * Everything is read in one REPEATABLE READ snapshot on one connection, and
 * rows are fetched in batches only when the ZIP is ready for them, so memory
 * stays flat however many clients the practice has.
 */
export async function streamPracticeExport(
  dataSource: DataSource,
  practiceId: string,
  exportedAt: Date,
): Promise<Readable> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(
      'START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
    const tables = await practiceTables(runner.manager);
    const [practice] = await runner.query(
      'SELECT id, name FROM practices WHERE id = $1',
      [practiceId],
    );
    const [migration] = await runner.query(
      'SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    );
    const writer = new ExportWriter(runner, exportedAt);
    const output = writer.zip.outputStream.pipe(new PassThrough());
    let finished = false;
    // However the download ends (read to the end, aborted, failed), the
    // snapshot is rolled back and its connection goes back to the pool.
    const finish = () => {
      if (finished) return;
      finished = true;
      void runner
        .query('ROLLBACK')
        .catch(() => undefined)
        .finally(() => runner.release());
    };
    output.once('close', finish);
    output.once('end', finish);
    output.once('error', finish);
    writer.zip.on('error', (error: Error) => output.destroy(error));
    writer
      .write(tables, {
        format: PRACTICE_EXPORT_FORMAT,
        exportedAt: exportedAt.toISOString(),
        practice: { id: practice.id, name: practice.name },
        schemaVersion: migration?.name ?? '',
        clients: 0,
        tables: [],
      })
      .catch((error: Error) => output.destroy(error));
    return output;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
    throw error;
  }
}

class ExportWriter {
  readonly zip = new ZipFile();
  private added = 0;
  private started = 0;
  private wake: (() => void) | null = null;
  private readonly pending = new Map<number, () => AsyncGenerator<Buffer>>();
  private readonly entry: { mtime: Date; compress: boolean };

  constructor(
    private readonly runner: QueryRunner,
    exportedAt: Date,
  ) {
    // A fixed time stamp: the same data zips to the same bytes.
    this.entry = { mtime: exportedAt, compress: true };
  }

  async write(
    tables: PracticeTable[],
    manifest: PracticeExportManifest,
  ): Promise<void> {
    const practiceId = manifest.practice.id;
    for (const table of tables) {
      const stats: TableManifest = { name: table.name, rows: 0, sha256: '' };
      manifest.tables.push(stats);
      await this.add(`data/${table.name}.ndjson`, () =>
        this.tableRows(table, practiceId, stats),
      );
    }
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const clients: Client[] = await this.runner.manager
        .createQueryBuilder(Client, 'c')
        .where('c.practiceId = :practiceId AND c.id > :after', {
          practiceId,
          after,
        })
        .orderBy('c.id')
        .take(BATCH)
        .getMany();
      if (!clients.length) break;
      for (const client of clients) await this.addClient(client, manifest);
      manifest.clients += clients.length;
      after = clients[clients.length - 1].id;
    }
    await this.add('manifest.json', async function* () {
      yield json(manifest);
    });
    this.zip.end();
  }

  private async addClient(
    client: Client,
    manifest: PracticeExportManifest,
  ): Promise<void> {
    const folder = `clients/${fileSlug(formatPersonName(client))}-${client.id}`;
    let record: ReturnType<typeof loadClientRecord> | undefined;
    const load = () =>
      (record ??= loadClientRecord(
        this.runner.manager,
        client,
        new Date(manifest.exportedAt),
      ));
    await this.add(`${folder}/record.json`, async function* () {
      yield json(recordJson(await load()));
    });
    await this.add(`${folder}/fhir-bundle.json`, async function* () {
      yield json(fhirBundle(await load()));
      record = undefined;
    });
  }

  /** The table's rows of this practice through a cursor, a batch per read. */
  private async *tableRows(
    table: PracticeTable,
    practiceId: string,
    stats: TableManifest,
  ): AsyncGenerator<Buffer> {
    const cursor = quote(`export_${table.name}`);
    const hash = createHash('sha256');
    // Omitted column names come from our own constant, never from input.
    const omit = table.omitted.map((c) => ` - '${c}'`).join('');
    await this.runner.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR
         SELECT (to_jsonb(t)${omit})::text AS line FROM ${quote(table.name)} t
          WHERE ${quote(table.practiceColumn)} = '${uuid(practiceId)}'`,
    );
    try {
      for (;;) {
        const rows: { line: string }[] = await this.runner.query(
          `FETCH ${BATCH} FROM ${cursor}`,
        );
        if (!rows.length) break;
        const chunk = Buffer.from(
          rows.map((r) => r.line + '\n').join(''),
          'utf8',
        );
        hash.update(chunk);
        stats.rows += rows.length;
        yield chunk;
      }
    } finally {
      await this.runner.query(`CLOSE ${cursor}`);
    }
    stats.sha256 = hash.digest('hex');
  }

  /** Queues an entry whose bytes are made only when the ZIP reaches it. */
  private async add(
    name: string,
    content: () => AsyncGenerator<Buffer>,
  ): Promise<void> {
    while (this.added - this.started >= WINDOW)
      await new Promise<void>((resolve) => (this.wake = resolve));
    // yazl keeps every entry (and so its callback) until the ZIP ends: the
    // callback holds a key, not the content, so a written entry's data and
    // the rows it was made from can be collected.
    const key = this.added++;
    this.pending.set(key, content);
    this.zip.addReadStreamLazy(name, this.entry, (callback) => {
      const make = this.pending.get(key) as () => AsyncGenerator<Buffer>;
      this.pending.delete(key);
      this.started++;
      this.wake?.();
      this.wake = null;
      callback(null, Readable.from(make()));
    });
  }
}

const json = (value: unknown): Buffer =>
  Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');

/** DECLARE takes no parameters: the id is checked to be a UUID before it is inlined. */
function uuid(value: string): string {
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
      value,
    )
  )
    throw new Error('not a uuid');
  return value;
}
