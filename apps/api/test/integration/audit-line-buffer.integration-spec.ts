import { randomUUID } from 'node:crypto';
import { AuditLineBuffer } from '../../src/audit/audit-line-buffer';
import type { AuditActor } from '../../src/audit/audit.service';
import { verifyAuditChain } from '../../src/audit/verify-chain';
import {
  type MigratedDatabase,
  migratedDatabase,
} from '../support/migrated-database';

describe('the access-log line buffer (lines of reads, written in groups)', () => {
  let db: MigratedDatabase;
  const practices = [randomUUID(), randomUUID(), randomUUID()];
  const actor = (practiceId: string): AuditActor => ({
    practiceId,
    userId: null,
    role: 'owner',
    ip: '127.0.0.1',
    userAgent: 'jest',
  });

  beforeAll(async () => {
    db = await migratedDatabase('hk_line_buffer');
  });
  afterAll(() => db.drop());

  it('commits every line of many concurrent reads, from two processes, into unforked chains', async () => {
    // Two buffers stand for two API processes writing for the same practices.
    const buffers = [
      new AuditLineBuffer(db.dataSource),
      new AuditLineBuffer(db.dataSource),
    ];
    const clientId = randomUUID();
    await Promise.all(
      Array.from({ length: 90 }, (_, i) =>
        (buffers[i % 2] as AuditLineBuffer).recordAs(
          actor(practices[i % 3] as string),
          {
            event: 'client.read',
            action: 'R',
            part: 'profile',
            clientId,
            details: { n: i },
          },
        ),
      ),
    );
    // Resolved means committed: another connection sees all of them.
    const [{ n }] = await db.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_events WHERE client_id = $1',
      [clientId],
    );
    expect(n).toBe(90);
    const report = await verifyAuditChain(db.dataSource);
    expect(report.broken).toBeNull();
    expect(report.entries).toBe(90);
  });

  it('fails only the read whose line the database refuses; the lines beside it are committed', async () => {
    const buffer = new AuditLineBuffer(db.dataSource);
    const clientId = randomUUID();
    const good = (n: number) =>
      buffer.recordAs(actor(practices[0] as string), {
        event: 'client.read',
        action: 'R',
        part: 'profile',
        clientId,
        details: { n },
      });
    // Not a uuid: PostgreSQL refuses the whole statement it is in.
    const bad = buffer.recordAs(
      { ...actor(practices[0] as string), userId: 'not-a-uuid' },
      { event: 'client.read', action: 'R', part: 'profile', clientId },
    );
    const results = await Promise.allSettled([good(1), bad, good(2), good(3)]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const [{ n }] = await db.dataSource.query(
      'SELECT count(*)::int AS n FROM audit_events WHERE client_id = $1',
      [clientId],
    );
    expect(n).toBe(3);
    expect((await verifyAuditChain(db.dataSource)).broken).toBeNull();
  });
});
