import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import { createApp } from '../../src/create-app';
import { createDataSource } from '../../src/database/data-source';
import { importPracticeExport } from '../../src/exports/practice/practice-import';
import {
  practiceTables,
  TRANSIENT_TABLES,
  type PracticeTable,
} from '../../src/exports/practice/practice-tables';
import { DEMO_LOGIN, seedDemoPractice } from '../../src/seed/demo-seed';
import {
  buildClient,
  buildPractice,
  type Session,
  signIn,
  testConfig,
} from '../support/test-app';
import { createMigratedDatabase, dropDatabase } from '../support/test-database';
import { unzip } from '../support/unzip';

/** An installation of its own: a fresh, migrated database and the real app on it. */
async function installation(): Promise<{
  app: NestFastifyApplication;
  dataSource: DataSource;
  close(): Promise<void>;
}> {
  const admin = process.env['HK_TEST_ADMIN_URL'] as string;
  const name = await createMigratedDatabase(admin, 'hk_import');
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString());
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const app = await createApp({
    config: testConfig(),
    dataSource,
    logger: pino({ level: 'silent' }),
    webRoot: '/nonexistent',
  });
  return {
    app,
    dataSource,
    close: async () => {
      await app.close();
      await dropDatabase(admin, name);
    },
  };
}

/**
 * A table's rows of one practice as one checksum, independent of row order,
 * without the columns an export leaves behind (credentials: see
 * TRANSIENT_COLUMNS), which the import fills anew.
 */
async function checksum(
  dataSource: DataSource,
  table: PracticeTable,
  practiceId: string,
): Promise<{ rows: number; md5: string }> {
  const row = `(to_jsonb(t)${table.omitted.map((c) => ` - '${c}'`).join('')})::text`;
  const [result] = await dataSource.query(
    `SELECT count(*)::int AS rows,
            md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS md5
       FROM "${table.name}" t
      WHERE "${table.practiceColumn}" = $1
        AND NOT ('${table.name}' = 'audit_events' AND to_jsonb(t)->>'event' = 'practice.import')`,
    [practiceId],
  );
  return result;
}

describe('whole-practice export and import', () => {
  let source: Awaited<ReturnType<typeof installation>>;
  let wiped = false;
  let target: Awaited<ReturnType<typeof installation>>;
  let owner: Session;
  let practiceId: string;
  let zip: Buffer;
  let dir: string;
  /** Asked before the export is made, so the export holds their log lines. */
  let refusals: { colleague: number; anonymous: number };
  let foreignClientId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hk-practice-export-'));
    source = await installation();
    target = await installation();
    await seedDemoPractice(source.dataSource, 'secret-'.padEnd(40, 'x'));
    owner = await signIn(source.app, DEMO_LOGIN.email, DEMO_LOGIN.password);
    const me = await source.app.inject({
      url: '/api/auth/me',
      headers: owner.headers,
    });
    practiceId = me.json().practice.id;
    // Work of every kind on top of the seed: a signed note with an
    // addendum, a goal, a priority decision and a generated report.
    const list = await source.app.inject({
      url: '/api/clients?pageSize=50',
      headers: owner.headers,
    });
    const client = list.json().items[0];
    const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
      source.app.inject({ method, url, headers: owner.headers, payload });
    const note = await send('POST', `/api/clients/${client.id}/session-notes`, {
      sessionDate: '2026-11-20T10:00:00Z',
      type: 'coaching',
      text: 'Ademhaling geoefend; José voelt zich rustiger. ✓',
    });
    await send('POST', `/api/session-notes/${note.json().id}/sign`, {});
    await send('POST', `/api/session-notes/${note.json().id}/addenda`, {
      text: 'Aanvulling: huiswerk meegegeven.',
    });
    await send('POST', `/api/clients/${client.id}/goals`, {
      domain: 'sleep',
      description: 'Zeven uur slapen',
    });
    await source.app.inject({
      method: 'POST',
      url: `/api/clients/${client.id}/reports/progress.pdf?audience=referrer`,
      headers: owner.headers,
    });
    // Another practice in the same installation must stay out of the export.
    const other = await buildPractice(source.dataSource);
    const otherOwner = await signIn(source.app, other.owner.email);
    foreignClientId = (await buildClient(source.app, otherOwner)).id;

    const colleague = await signIn(
      source.app,
      'thomas@herstelkompas.nl',
      DEMO_LOGIN.password,
    );
    refusals = {
      colleague: (
        await source.app.inject({
          url: '/api/practice/export',
          headers: colleague.headers,
        })
      ).statusCode,
      anonymous: (await source.app.inject({ url: '/api/practice/export' }))
        .statusCode,
    };

    const response = await source.app.inject({
      url: '/api/practice/export',
      headers: owner.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    zip = response.rawPayload;
  });

  afterAll(async () => {
    if (!wiped) await source?.close();
    await target?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("seeds the demo's check-ins naming homework the client really has", async () => {
    const [row] = await source.dataSource.query(
      `SELECT count(*) FILTER (WHERE cardinality(c.homework_done) > 0)::int AS naming,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM unnest(c.homework_done) AS d(id)
                 WHERE NOT EXISTS (SELECT 1 FROM homework_assignments h
                                    WHERE h.id = d.id AND h.client_id = c.client_id)))::int AS dangling
         FROM check_ins c WHERE c.practice_id = $1`,
      [practiceId],
    );
    expect(row).toEqual({ naming: 5, dangling: 0 });
  });

  it('holds every table of the practice, a record per client and a manifest', async () => {
    const files = await unzip(zip);
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '');
    expect(manifest).toMatchObject({
      format: 'herstelkompas-practice-export/1',
      practice: { id: practiceId },
      clients: 12,
    });
    const tables = await practiceTables(source.dataSource.manager);
    expect(manifest.tables.map((t: { name: string }) => t.name)).toEqual(
      tables.map((t) => t.name),
    );
    const records = [...files.keys()].filter((f) => f.endsWith('/record.json'));
    const bundles = [...files.keys()].filter((f) =>
      f.endsWith('/fhir-bundle.json'),
    );
    expect(records).toHaveLength(12);
    // Two-step sign-in secrets are bound to this installation: they stay.
    // No password hash or invitation token leaves it either.
    const people = files.get('data/practitioners.ndjson')?.toString() ?? '';
    expect(people).toMatch(/thomas@herstelkompas\.nl/);
    expect(people).not.toMatch(/mfa_|password_hash|invite_token|argon2/);
    expect(zip.includes(Buffer.from('$argon2'))).toBe(false);
    expect(bundles).toHaveLength(12);
    const record = JSON.parse(files.get(records[0])?.toString() ?? '');
    expect(record.format).toBe('herstelkompas-client-record/1');
    // Nothing of the other practice, not even its id.
    expect(zip.includes(Buffer.from(foreignClientId))).toBe(false);
    for (const [name, bytes] of files)
      expect({ name, foreign: bytes.includes(foreignClientId) }).toEqual({
        name,
        foreign: false,
      });
  });

  it('classifies every table: exported per practice, or transient', async () => {
    const all: { table_name: string }[] = await source.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    const exported = new Set(
      (await practiceTables(source.dataSource.manager)).map((t) => t.name),
    );
    for (const { table_name } of all)
      expect({
        table_name,
        classified:
          exported.has(table_name) || TRANSIENT_TABLES.has(table_name),
      }).toEqual({ table_name, classified: true });
  });

  it('is for the owner only, and logged, the refused attempt too', async () => {
    expect(refusals).toEqual({ colleague: 403, anonymous: 401 });
    const logged = await source.dataSource.query(
      `SELECT event, outcome FROM audit_events
        WHERE practice_id = $1 AND part IN ('practice', 'practice/export')
        ORDER BY occurred_at`,
      [practiceId],
    );
    expect(logged).toEqual([
      { event: 'client.access_denied', outcome: 'denied' },
      { event: 'practice.export', outcome: 'success' },
    ]);
  });

  it('round-trips: export, wipe, import into an empty installation, compare row for row', async () => {
    const file = join(dir, 'praktijk.zip');
    writeFileSync(file, zip);
    const tables = await practiceTables(source.dataSource.manager);
    const before = new Map<string, { rows: number; md5: string }>();
    for (const table of tables)
      before.set(
        table.name,
        await checksum(source.dataSource, table, practiceId),
      );
    const list = (app: NestFastifyApplication, session: Session) =>
      app.inject({ url: '/api/clients?pageSize=50', headers: session.headers });
    const ids = (body: { items: { id: string }[] }) =>
      body.items.map((c) => c.id).sort();
    const sourceIds = ids((await list(source.app, owner)).json());

    // Wipe: the whole source installation goes, database and all.
    await source.close();
    wiped = true;

    const result = await importPracticeExport(
      target.dataSource,
      file,
      'https://praktijk.example.nl',
    );
    expect(result.clients).toBe(12);
    const filled: string[] = [];
    for (const table of tables) {
      const after = await checksum(target.dataSource, table, practiceId);
      expect({ table: table.name, ...after }).toEqual({
        table: table.name,
        ...before.get(table.name),
      });
      if (after.rows) filled.push(table.name);
    }
    // The comparison means something: every kind of record was there.
    expect(filled).toEqual(
      expect.arrayContaining([
        'practices',
        'practitioners',
        'clients',
        'intake_invitations',
        'assessments',
        'red_flag_reviews',
        'session_notes',
        'session_note_addenda',
        'goals',
        'reports',
        'audit_events',
      ]),
    );

    // No password came along: the old one does not work, and every
    // practitioner has a one-time link to set a new one.
    await expect(
      signIn(target.app, DEMO_LOGIN.email, DEMO_LOGIN.password),
    ).rejects.toThrow(/401/);
    expect(result.setPasswordLinks.map((l) => l.email)).toEqual([
      DEMO_LOGIN.email,
      'thomas@herstelkompas.nl',
    ]);
    const setPassword = (url: string) =>
      target.app.inject({
        method: 'POST',
        url: '/api/auth/set-password',
        payload: {
          token: url.split('/').pop(),
          password: 'een nieuw wachtwoord na de verhuizing',
        },
      });
    for (const link of result.setPasswordLinks) {
      expect(link.url).toMatch(
        /^https:\/\/praktijk\.example\.nl\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/,
      );
      expect((await setPassword(link.url)).statusCode).toBe(204);
      // One-time: the second use is refused.
      expect((await setPassword(link.url)).statusCode).toBe(400);
    }

    // And the restored practice works: its people, its clients, its reports.
    const restored = await signIn(
      target.app,
      DEMO_LOGIN.email,
      'een nieuw wachtwoord na de verhuizing',
    );
    expect(ids((await list(target.app, restored)).json())).toEqual(sourceIds);
    const reports = await target.app.inject({
      url: `/api/clients/${sourceIds[0]}/reports`,
      headers: restored.headers,
    });
    expect(reports.statusCode).toBe(200);
    const [logged] = await target.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE practice_id = $1 AND event = 'practice.import'`,
      [practiceId],
    );
    expect(logged.n).toBe(1);
    // The restored access log's hash chain holds, and the lines written
    // since (the import, the sign-in and reads above) link on to it.
    const chain = await verifyAuditChain(target.dataSource);
    expect(chain.broken).toBeNull();
    expect(chain.entries).toBeGreaterThan(
      (before.get('audit_events')?.rows ?? 0) + 1,
    );
  });

  it('refuses a second import, and a damaged file, storing nothing', async () => {
    const file = join(dir, 'praktijk.zip');
    await expect(
      importPracticeExport(target.dataSource, file, 'http://localhost:3000'),
    ).rejects.toThrow(/already exists/);
    const empty = await installation();
    try {
      const files = await unzip(zip);
      const damaged = join(dir, 'beschadigd.zip');
      const { ZipFile } = await import('yazl');
      const out = new ZipFile();
      for (const [name, bytes] of files)
        out.addBuffer(
          name === 'data/session_notes.ndjson'
            ? Buffer.from(bytes.toString().replace('rustiger', 'onrustig'))
            : bytes,
          name,
        );
      out.end();
      const chunks: Buffer[] = [];
      for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
      writeFileSync(damaged, Buffer.concat(chunks));
      await expect(
        importPracticeExport(
          empty.dataSource,
          damaged,
          'http://localhost:3000',
        ),
      ).rejects.toThrow(/does not match the manifest/);
      const [count] = await empty.dataSource.query(
        'SELECT (SELECT count(*) FROM practices)::int + (SELECT count(*) FROM clients)::int AS n',
      );
      expect(count.n).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
