import { randomUUID } from 'node:crypto';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import {
  type MigratedDatabase,
  migratedDatabase,
} from '../support/migrated-database';

describe('the access log hash chain', () => {
  let db: MigratedDatabase;
  const practiceA = randomUUID();
  const practiceB = randomUUID();

  beforeAll(async () => {
    db = await migratedDatabase('hk_chain');
  });
  afterAll(() => db.drop());

  const append = (practiceId: string, event = 'client.read') =>
    db.dataSource.query(
      `INSERT INTO audit_events (practice_id, event, action, outcome, part, details)
       VALUES ($1, $2, 'R', 'success', 'client', $3)`,
      [practiceId, event, { count: 1 }],
    );

  /** Changes a stored line the way an intruder with superuser rights could. */
  const tamper = async (sql: string, params: unknown[]) => {
    await db.dataSource.transaction(async (m) => {
      await m.query(
        'ALTER TABLE audit_events DISABLE TRIGGER tr_audit_events_no_update_delete',
      );
      await m.query(sql, params);
      await m.query(
        'ALTER TABLE audit_events ENABLE TRIGGER tr_audit_events_no_update_delete',
      );
    });
  };

  /** Three lines written in one transaction: they share a chain. */
  const threeInOneChain = async (practiceId: string) => {
    const rows: { id: string; chain_no: number; chain_seq: string }[] =
      await db.dataSource.query(
        `INSERT INTO audit_events (practice_id, event, action, outcome, part)
         SELECT $1, 'client.list', 'R', 'success', 'clients'
           FROM generate_series(1, 3)
         RETURNING id, chain_no, chain_seq`,
        [practiceId],
      );
    expect(rows).toHaveLength(3);
    return rows.map((r) => ({
      id: r.id,
      chainNo: r.chain_no,
      chainSeq: Number(r.chain_seq),
    }));
  };

  it('links 40 lines written by 8 concurrent writers into unforked chains', async () => {
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 5; i++)
          await append(w % 2 ? practiceA : practiceB, `write.${w}.${i}`);
      }),
    );
    const report = await verifyAuditChain(db.dataSource);
    expect(report).toMatchObject({ entries: 40, broken: null });
    const seqs = await db.dataSource.query(
      `SELECT array_agg(chain_seq::int ORDER BY chain_seq) AS seqs
         FROM audit_events GROUP BY practice_id, chain_no`,
    );
    expect(seqs).toHaveLength(report.chains);
    for (const row of seqs)
      expect(row.seqs).toEqual(
        Array.from({ length: row.seqs.length }, (_, i) => i + 1),
      );
    console.log(
      `audit chain: ${report.entries} entries verified, chain intact`,
    );
  });

  it('refuses to append inside a REPEATABLE READ transaction instead of forking', async () => {
    await expect(
      db.dataSource.transaction('REPEATABLE READ', (m) =>
        m.query(
          `INSERT INTO audit_events (practice_id, event, action, outcome, part)
           VALUES ($1, 'x', 'R', 'success', 'client')`,
          [practiceA],
        ),
      ),
    ).rejects.toThrow(/READ COMMITTED/);
  });

  it('names the first line whose content was changed', async () => {
    const [, line] = await threeInOneChain(practiceA);
    const id = line?.id as string;
    await tamper(
      `UPDATE audit_events SET details = '{"count": 0}' WHERE id = $1`,
      [id],
    );
    const report = await verifyAuditChain(db.dataSource);
    expect(report.broken).toEqual({
      practiceId: practiceA,
      ...line,
      reason: 'content_changed',
    });
    await tamper('UPDATE audit_events SET details = NULL WHERE id = $1', [id]);
    await expect(verifyAuditChain(db.dataSource)).resolves.toMatchObject({
      broken: null,
    });
  });

  it('catches a line rewritten with a freshly computed hash, at the line after it', async () => {
    const [line, next] = await threeInOneChain(practiceB);
    const id = line?.id as string;
    const [original] = await db.dataSource.query(
      'SELECT event, hash FROM audit_events WHERE id = $1',
      [id],
    );
    await tamper(`UPDATE audit_events SET event = 'other' WHERE id = $1`, [id]);
    await tamper(
      `UPDATE audit_events SET hash = hk_audit_event_hash(audit_events) WHERE id = $1`,
      [id],
    );
    const report = await verifyAuditChain(db.dataSource);
    expect(report.broken).toEqual({
      practiceId: practiceB,
      ...next,
      reason: 'link_broken',
    });
    await tamper(
      'UPDATE audit_events SET event = $2, hash = $3 WHERE id = $1',
      [id, original.event, original.hash],
    );
  });

  it('notices a removed line', async () => {
    const [, gone, next] = await threeInOneChain(practiceB);
    await tamper('DELETE FROM audit_events WHERE id = $1', [gone?.id]);
    const report = await verifyAuditChain(db.dataSource);
    expect(report.broken).toEqual({
      practiceId: practiceB,
      ...next,
      reason: 'line_missing',
    });
  });

  it('is backfilled, oldest line first, for a log written before the chain existed', async () => {
    const old = await migratedDatabase('hk_chain_backfill');
    try {
      const ds = old.dataSource;
      const chainMigration = 'AuditChain1764507600000';
      let undone = '';
      while (undone !== chainMigration) {
        const [last] = await ds.query(
          'SELECT name FROM migrations ORDER BY id DESC LIMIT 1',
        );
        undone = last.name;
        await ds.undoLastMigration();
      }
      for (const [practice, minutes] of [
        [practiceA, 3],
        [practiceB, 1],
        [practiceA, 2],
        [practiceA, 1],
      ] as const)
        await ds.query(
          `INSERT INTO audit_events (practice_id, occurred_at, event, action, outcome, part)
           VALUES ($1, now() - make_interval(mins => $2), 'client.read', 'R', 'success', 'client')`,
          [practice, minutes],
        );
      await ds.runMigrations({ transaction: 'each' });
      await expect(verifyAuditChain(ds)).resolves.toEqual({
        entries: 4,
        chains: 2,
        broken: null,
      });
      const order = await ds.query(
        `SELECT chain_seq::int AS seq FROM audit_events
          WHERE practice_id = $1 ORDER BY occurred_at`,
        [practiceA],
      );
      expect(order.map((r: { seq: number }) => r.seq)).toEqual([1, 2, 3]);
    } finally {
      await old.drop();
    }
  });
});
