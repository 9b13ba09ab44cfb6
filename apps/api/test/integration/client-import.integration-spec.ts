import type { Bundle, CarePlan, Patient } from 'fhir/r4';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import { importClientCommand } from '../../src/cli/import-client';
import {
  ClientImportError,
  importClientExport,
} from '../../src/exports/client-import';
import type { ClientRecordJson } from '../../src/exports/record-json';
import type { Practitioner } from '../../src/practices/practitioner.entity';
import {
  buildClientRecord,
  type ClientRecordFixture,
} from '../support/client-record';
import { fhirProblems } from '../support/fhir-check';
import { fhirEmptyElements, fhirSchemaErrors } from '../support/fhir-schema';
import {
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';
import { unzip } from '../support/unzip';

/** The same files zipped again, with one part changed. */
function rezip(
  files: Map<string, Buffer>,
  change: {
    record?: (r: ClientRecordJson) => void;
    bundle?: (b: Bundle) => void;
  },
): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of files) {
    let bytes = content;
    if (name === 'record.json' && change.record) {
      const record = JSON.parse(content.toString());
      change.record(record);
      bytes = Buffer.from(JSON.stringify(record));
    }
    if (name === 'fhir-bundle.json' && change.bundle) {
      const bundle = JSON.parse(content.toString());
      change.bundle(bundle);
      bytes = Buffer.from(JSON.stringify(bundle));
    }
    zip.addBuffer(bytes, name);
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Notes of one session date are listed by id, which the import renews:
 * compared in text order, which does not change.
 */
const byText = <T extends { text: string }>(list: T[]) =>
  [...list].sort((a, b) => a.text.localeCompare(b.text));

/** Every id of the record's own rows, in an order the move keeps. */
function rowIds(r: ClientRecordJson): string[] {
  return [
    r.client.id,
    ...r.assessments.map((a) => a.id),
    ...r.priorityDecisions.map((d) => d.id),
    ...byText(r.sessionNotes).flatMap((n) => [
      n.id,
      ...n.addenda.map((a) => a.id),
    ]),
    ...r.goals.map((g) => g.id),
    ...r.appointments.map((a) => a.id),
    ...r.redFlagReviews.map((f) => f.id),
    ...r.homework.flatMap((h) => [h.id, ...h.completions.map((c) => c.id)]),
  ];
}

/**
 * A record as it must survive the move: its own ids replaced by the
 * original's, and every person (the old practice's people, the new
 * practitioner) as one actor. What stays behind by design is left out: the
 * practice, the access log, invitations and report files.
 */
function comparable(r: ClientRecordJson, ids: Map<string, string>): unknown {
  const {
    exportedAt: _e,
    practice: _p,
    accessLog: _l,
    invitations: _i,
    reports: _r,
    ...rest
  } = r;
  const sorted = { ...rest, sessionNotes: byText(rest.sessionNotes) };
  return JSON.parse(JSON.stringify(sorted), (key, value: unknown) => {
    if (typeof value === 'string' && ids.has(value)) return ids.get(value);
    if (
      value &&
      typeof value === 'object' &&
      'displayName' in value &&
      'id' in value &&
      key !== 'client'
    )
      return 'actor';
    return value;
  });
}

describe('moving a client to another practice (cli import-client)', () => {
  let t: TestApp;
  let sourceOwner: Session;
  let fixture: ClientRecordFixture;
  let exported: Buffer;
  let files: Map<string, Buffer>;
  let target: { owner: Practitioner; practitioners: Practitioner[] };
  const GP = {
    name: 'Dr. A. Smit',
    practice: 'Huisartsenpraktijk De Linde',
    phone: '030-1234567',
    email: 'praktijk@huisarts.example',
  };
  let targetOwner: Session;

  const get = (session: Session, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  const rows = async (practiceId: string) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM clients WHERE practice_id = $1) AS clients,
              (SELECT count(*)::int FROM assessments WHERE practice_id = $1) AS assessments,
              (SELECT count(*)::int FROM session_notes WHERE practice_id = $1) AS notes,
              (SELECT count(*)::int FROM audit_events WHERE practice_id = $1) AS log`,
      [practiceId],
    );
    return row;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const source = await buildPractice(t.dataSource);
    sourceOwner = await signIn(t.app, source.owner.email);
    fixture = await buildClientRecord(
      t,
      sourceOwner,
      { gp: GP },
      {
        unscoredDomain: 'immune',
        homework: true,
      },
    );
    const response = await get(
      sourceOwner,
      `/api/clients/${fixture.clientId}/export`,
    );
    expect(response.statusCode).toBe(200);
    exported = response.rawPayload;
    files = await unzip(exported);
    target = await buildPractice(t.dataSource, { practitioners: 1 });
    targetOwner = await signIn(t.app, target.owner.email);
  });
  afterAll(() => t.close());

  it('exports a rich client whose bundle passes the R4 schema', () => {
    const record = JSON.parse(files.get('record.json')?.toString() ?? '');
    expect(record.assessments[1].domainScores.immune.score).toBeNull();
    expect(
      record.sessionNotes.map((n: { status: string }) => n.status).sort(),
    ).toEqual(['draft', 'signed', 'signed']);
    expect(record.appointments).toHaveLength(1);
    const bundle = JSON.parse(files.get('fhir-bundle.json')?.toString() ?? '');
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    expect(fhirEmptyElements(bundle)).toEqual([]);
  });

  it('imports into an empty practice and exports again with every field the same', async () => {
    const practiceId = target.owner.practiceId;
    const practitioner = target.practitioners[0] as Practitioner;
    expect(await rows(practiceId)).toMatchObject({ clients: 0 });
    const result = await importClientExport(t.dataSource, exported, {
      practiceId,
      practitionerId: practitioner.id,
    });
    expect(result.counts).toEqual({
      assessments: 2,
      priorityDecisions: 1,
      sessionNotes: 3,
      addenda: 1,
      goals: 2,
      appointments: 1,
      redFlags: 1,
      checkIns: 0,
      dailyLogs: 0,
      homework: 2,
      homeworkCompletions: 2,
    });
    const again = await get(
      targetOwner,
      `/api/clients/${result.clientId}/export`,
    );
    expect(again.statusCode).toBe(200);
    const moved = await unzip(again.rawPayload);
    const before = JSON.parse(
      files.get('record.json')?.toString() ?? '',
    ) as ClientRecordJson;
    const after = JSON.parse(
      moved.get('record.json')?.toString() ?? '',
    ) as ClientRecordJson;
    const oldIds = rowIds(before);
    const newIds = rowIds(after);
    expect(newIds).toHaveLength(oldIds.length);
    expect(newIds.filter((id) => oldIds.includes(id))).toEqual([]);
    // The GP travels whole, phone and e-mail included.
    expect(after.client.gp).toEqual(GP);
    const ids = new Map(newIds.map((id, i) => [id, oldIds[i] as string]));
    expect(comparable(after, ids)).toEqual(comparable(before, ids));
    // The new practitioner is responsible and stands in for the old people.
    expect(after.client.responsiblePractitioner.id).toBe(practitioner.id);
    expect(after.sessionNotes[0]?.author.id).toBe(practitioner.id);
    expect(after.appointments.map((a) => a.practitioner.id)).toEqual([
      practitioner.id,
    ]);
    expect(after.practice.id).toBe(practiceId);
    // The moved record's own bundle is as sound as the original.
    const bundle = JSON.parse(moved.get('fhir-bundle.json')?.toString() ?? '');
    expect(fhirProblems(bundle)).toEqual([]);
    // The new practice's access log records the import, chain intact.
    const [line] = await t.dataSource.query(
      `SELECT action, part, client_id, details FROM audit_events
        WHERE practice_id = $1 AND event = 'client.import'`,
      [practiceId],
    );
    expect(line).toEqual({
      action: 'C',
      part: 'record',
      client_id: result.clientId,
      details: expect.objectContaining({
        source: {
          practiceId: before.practice.id,
          clientId: before.client.id,
          exportedAt: before.exportedAt,
        },
        assessments: 2,
      }),
    });
    expect(JSON.stringify(line.details)).not.toContain('José');
    expect((await verifyAuditChain(t.dataSource)).broken).toBeNull();
  });

  describe('refuses, storing nothing', () => {
    let empty: { owner: Practitioner };

    beforeAll(async () => {
      empty = await buildPractice(t.dataSource);
    });

    const refused = async (zip: Buffer, message: RegExp | string) => {
      const practiceId = empty.owner.practiceId;
      const before = await rows(practiceId);
      await expect(
        importClientExport(t.dataSource, zip, {
          practiceId,
          practitionerId: empty.owner.id,
        }),
      ).rejects.toThrow(
        expect.objectContaining({
          constructor: ClientImportError,
          message: expect.stringMatching(message),
        }),
      );
      expect(await rows(practiceId)).toEqual(before);
    };

    it('a client who already exists there (same name and date of birth)', async () => {
      const practiceId = target.owner.practiceId;
      const before = await rows(practiceId);
      await expect(
        importClientExport(t.dataSource, exported, {
          practiceId,
          practitionerId: target.owner.id,
        }),
      ).rejects.toThrow(/already has a client José de Wit born 1978-04-23/);
      expect(await rows(practiceId)).toEqual(before);
    });

    it('a score that differs from the one recomputed from the answers', async () => {
      await refused(
        await rezip(files, {
          record: (r) => {
            const stress = r.assessments[0]?.domainScores.stress as {
              score: number;
            };
            stress.score += 1;
          },
        }),
        /^Assessment [0-9a-f-]+: domainScores recomputed from the answers differs/,
      );
    });

    it('an answer changed after scoring', async () => {
      await refused(
        await rezip(files, {
          record: (r) => {
            const answers = r.assessments[0]?.answers as Record<
              string,
              unknown
            >;
            answers['RF-CANCER'] = false;
          },
        }),
        /recomputed from the answers differs/,
      );
    });

    it('an instrument version this installation does not know', async () => {
      await refused(
        await rezip(files, {
          record: (r) => {
            (
              r.assessments[1] as { instrument: { version: number } }
            ).instrument.version = 99;
          },
        }),
        /instrument "herstelkompas-follow-up" version 99, which this installation does not know/,
      );
    });

    it('a FHIR bundle that does not match the record', async () => {
      await refused(
        await rezip(files, {
          bundle: (b) => {
            const patient = b.entry?.find(
              (e) => e.resource?.resourceType === 'Patient',
            )?.resource as Patient;
            patient.birthDate = '1978-04-24';
          },
        }),
        /fhir-bundle.json does not match record.json: the Patient's name or date of birth differs/,
      );
      await refused(
        await rezip(files, {
          bundle: (b) => {
            b.entry = b.entry?.filter(
              (e) => e.resource?.resourceType !== 'Flag',
            );
          },
        }),
        /red flag [0-9a-f-]+ is missing/,
      );
      await refused(
        await rezip(files, {
          bundle: (b) => {
            b.entry = b.entry?.filter(
              (e) => e.resource?.resourceType !== 'Appointment',
            );
          },
        }),
        /appointment [0-9a-f-]+ is missing/,
      );
      await refused(
        await rezip(files, {
          record: (r) => {
            (r.appointments[0] as { status: string }).status = 'no_show';
          },
        }),
        /appointment [0-9a-f-]+ differs in status or start/,
      );
      await refused(
        await rezip(files, {
          record: (r) => {
            r.homework[0]?.completions.pop();
          },
        }),
        /homework [0-9a-f-]+ differs in the days ticked off/,
      );
      await refused(
        await rezip(files, {
          bundle: (b) => {
            b.entry = b.entry?.filter(
              (e) =>
                e.resource?.resourceType !== 'CarePlan' ||
                (e.resource as CarePlan).intent !== 'order',
            );
          },
        }),
        /homework [0-9a-f-]+ is missing or differs/,
      );
    });

    it('a practitioner of another practice, or a file that is no export', async () => {
      const practiceId = empty.owner.practiceId;
      await expect(
        importClientExport(t.dataSource, exported, {
          practiceId,
          practitionerId: target.owner.id,
        }),
      ).rejects.toThrow(/does not belong to practice/);
      await refused(Buffer.from('not a zip'), /not a readable ZIP file/);
      expect((await rows(practiceId)).clients).toBe(0);
    });
  });

  describe('the command', () => {
    let dir: string;
    let out: string[];
    let err: string[];
    const db = (work: (ds: typeof t.dataSource) => Promise<number>) =>
      work(t.dataSource);

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'hk-client-import-'));
      writeFileSync(join(dir, 'export.zip'), exported);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    beforeEach(() => {
      out = [];
      err = [];
      jest.spyOn(console, 'log').mockImplementation((m) => void out.push(m));
      jest.spyOn(console, 'error').mockImplementation((m) => void err.push(m));
    });
    afterEach(() => jest.restoreAllMocks());

    it('imports and says what came in, or says why not with exit 1', async () => {
      const other = await buildPractice(t.dataSource);
      const args = [
        join(dir, 'export.zip'),
        '--practice-id',
        other.owner.practiceId,
        '--practitioner-id',
        other.owner.id,
      ];
      expect(await importClientCommand(args, db)).toBe(0);
      expect(out.join('\n')).toMatch(
        /^Imported client [0-9a-f-]+ into practice "Praktijk [0-9a-f]+": 2 assessments, 1 priority decisions, 3 session notes with 1 addenda, 2 goals, 1 appointments, 1 red flags\.$/,
      );
      expect(await importClientCommand(args, db)).toBe(1);
      expect(err.join('\n')).toMatch(
        /^Import refused: Practice "Praktijk [0-9a-f]+" already has a client José de Wit .* Nothing was stored\.$/,
      );
    });

    it('needs a file, a practice and a practitioner', async () => {
      expect(await importClientCommand([join(dir, 'export.zip')], db)).toBe(2);
      expect(
        await importClientCommand(
          [
            join(dir, 'missing.zip'),
            '--practice-id',
            target.owner.practiceId,
            '--practitioner-id',
            target.owner.id,
          ],
          db,
        ),
      ).toBe(2);
      expect(err.join('\n')).toContain('missing.zip does not exist.');
    });
  });
});
