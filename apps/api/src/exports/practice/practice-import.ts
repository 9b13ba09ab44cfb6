import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { open, type Entry, type ZipFile } from 'yauzl';
import { AuditEvent } from '../../audit/audit-event.entity';
import {
  PRACTICE_EXPORT_FORMAT,
  type PracticeExportManifest,
} from './practice-export';
import { quote } from '../../database/table-order';
import { newInvitationLink } from '../../team/invitation-link';
import { practiceTables, type PracticeTable } from './practice-tables';

/** Rows inserted per statement. */
const BATCH = 500;

export class PracticeImportError extends Error {}

export interface PracticeImportResult {
  practice: { id: string; name: string };
  clients: number;
  tables: { name: string; rows: number }[];
  /**
   * A one-time set-password link per active practitioner: the export holds
   * no passwords. Shown once; only the links' hashes are stored.
   */
  setPasswordLinks: { email: string; url: string; expiresAt: string }[];
}

/**
 * Restores a practice export (see practice-export.ts) into this installation,
 * in one transaction: all of it or nothing. Refused when the practice, or a
 * practitioner's email address, already exists here, when the file was made
 * by a newer schema than this installation knows, or when any table file
 * does not match the manifest's row count and SHA-256.
 */
export async function importPracticeExport(
  dataSource: DataSource,
  file: string,
  publicUrl: string,
): Promise<PracticeImportResult> {
  const zip = await openZip(file);
  try {
    const entries = await listEntries(zip);
    const manifest = parseManifest(
      await readAll(await openEntry(zip, entries, 'manifest.json')),
    );
    return await dataSource.transaction(async (manager) => {
      await checkTarget(manager, manifest);
      const tables = await practiceTables(manager);
      const known = new Map(tables.map((t) => [t.name, t]));
      for (const { name, rows, sha256 } of manifest.tables) {
        const table = known.get(name);
        if (!table)
          throw new PracticeImportError(
            `The export holds table "${name}", which this installation does not have.`,
          );
        const stream = await openEntry(zip, entries, `data/${name}.ndjson`);
        const seen = await restoreRows(manager, table, stream);
        if (seen.rows !== rows || seen.sha256 !== sha256)
          throw new PracticeImportError(
            `data/${name}.ndjson does not match the manifest (${seen.rows} of ${rows} rows, or a changed file): the export is damaged.`,
          );
      }
      await refuseTakenAddresses(manager, manifest.practice.id);
      const result = {
        practice: manifest.practice,
        clients: manifest.clients,
        tables: manifest.tables.map(({ name, rows }) => ({ name, rows })),
        setPasswordLinks: await issueSetPasswordLinks(
          manager,
          manifest.practice.id,
          publicUrl,
        ),
      };
      // The restored access log says itself that, and when, it was restored.
      await manager.insert(AuditEvent, {
        practiceId: manifest.practice.id,
        event: 'practice.import',
        action: 'C',
        part: 'practice',
        outcome: 'success',
        details: {
          exportedAt: manifest.exportedAt,
          clients: result.clients,
          rows: result.tables.reduce((sum, t) => sum + t.rows, 0),
        },
      });
      return result;
    });
  } finally {
    zip.close();
  }
}

/**
 * One account per address: the imported people arrive without a password,
 * so the unique index cannot see a clash with an account here; this does.
 */
async function refuseTakenAddresses(
  manager: EntityManager,
  practiceId: string,
): Promise<void> {
  const taken: { email: string }[] = await manager.query(
    `SELECT DISTINCT p.email FROM practitioners p
       JOIN practitioners o ON o.email = p.email AND o.practice_id <> p.practice_id
      WHERE p.practice_id = $1`,
    [practiceId],
  );
  if (taken.length)
    throw new PracticeImportError(
      `${taken.map((t) => t.email).join(', ')} already exist(s) in this installation.`,
    );
}

async function issueSetPasswordLinks(
  manager: EntityManager,
  practiceId: string,
  publicUrl: string,
): Promise<PracticeImportResult['setPasswordLinks']> {
  const people: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM practitioners
      WHERE practice_id = $1 AND active ORDER BY email`,
    [practiceId],
  );
  const links: PracticeImportResult['setPasswordLinks'] = [];
  for (const person of people) {
    const link = newInvitationLink(publicUrl);
    await manager.query(
      `UPDATE practitioners SET invite_token_hash = $2, invite_expires_at = $3
        WHERE id = $1`,
      [person.id, link.tokenHash, link.expiresAt],
    );
    links.push({
      email: person.email,
      url: link.url,
      expiresAt: link.expiresAt.toISOString(),
    });
  }
  return links;
}

function parseManifest(text: string): PracticeExportManifest {
  let manifest: PracticeExportManifest;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new PracticeImportError('manifest.json is not valid JSON.');
  }
  if (manifest?.format !== PRACTICE_EXPORT_FORMAT)
    throw new PracticeImportError(
      `Not a practice export of this kind (format "${String(manifest?.format)}", expected "${PRACTICE_EXPORT_FORMAT}").`,
    );
  return manifest;
}

async function checkTarget(
  manager: EntityManager,
  manifest: PracticeExportManifest,
): Promise<void> {
  const [migration] = await manager.query(
    'SELECT 1 FROM migrations WHERE name = $1',
    [manifest.schemaVersion],
  );
  if (!migration)
    throw new PracticeImportError(
      `The export was made with schema ${manifest.schemaVersion}, which this installation has not reached: update Herstelkompas first.`,
    );
  const [practice] = await manager.query(
    'SELECT name FROM practices WHERE id = $1',
    [manifest.practice.id],
  );
  if (practice)
    throw new PracticeImportError(
      `Practice "${practice.name}" (${manifest.practice.id}) already exists in this installation.`,
    );
}

/**
 * The access log comes back exactly as it was written, hash chain and all
 * (`cli verify-audit` checks it after an import as before the export): its
 * chaining trigger is off while the exported lines go in, inside this
 * transaction only. Lines written after the import link on to them.
 */
async function restoreRows(
  manager: EntityManager,
  table: PracticeTable,
  stream: Readable,
): Promise<{ rows: number; sha256: string }> {
  if (table.name !== 'audit_events') return insertRows(manager, table, stream);
  await manager.query(
    'ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_chain',
  );
  const seen = await insertRows(manager, table, stream);
  await manager.query(
    'ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_chain',
  );
  return seen;
}

/** Streams one table file into the table, a batch of rows per INSERT. */
async function insertRows(
  manager: EntityManager,
  table: PracticeTable,
  stream: Readable,
): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256');
  const columns = table.columns.map(quote).join(', ');
  const insert = `INSERT INTO ${quote(table.name)} (${columns})
    SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table.name)}, $1::json)`;
  let batch: string[] = [];
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    await manager.query(insert, [`[${batch.join(',')}]`]);
    rows += batch.length;
    batch = [];
  };
  try {
    for await (const line of createInterface({
      input: stream,
      crlfDelay: Infinity,
    })) {
      hash.update(line + '\n');
      if (!line) continue;
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } catch (error) {
    if (error instanceof PracticeImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PracticeImportError(
      `Table ${table.name} could not be restored: ${reason}`,
    );
  }
  return { rows, sha256: hash.digest('hex') };
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    open(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip
        ? reject(
            new PracticeImportError(
              `${file} is not a readable ZIP file (${error?.message ?? 'empty'}).`,
            ),
          )
        : resolve(zip),
    ),
  );
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(
  zip: ZipFile,
  entries: Map<string, Entry>,
  name: string,
): Promise<Readable> {
  const entry = entries.get(name);
  if (!entry)
    return Promise.reject(
      new PracticeImportError(`The export lacks ${name}: it is incomplete.`),
    );
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error) : resolve(stream),
    ),
  );
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
