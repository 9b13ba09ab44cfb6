import { createHash } from 'node:crypto';

/** Runs one SQL query; a TypeORM DataSource or EntityManager fits. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface BrokenLink {
  practiceId: string;
  chainNo: number;
  chainSeq: number;
  id: string;
  reason: 'content_changed' | 'link_broken' | 'line_missing';
}

export interface ChainReport {
  entries: number;
  chains: number;
  broken: BrokenLink | null;
}

interface Row {
  id: string;
  practice_id: string;
  chain_no: number;
  chain_seq: string;
  prev_hash: string;
  hash: string;
  payload: string;
}

const GENESIS = '0'.repeat(64);
const PAGE = 5000;

/**
 * Walks every access-log chain (8 per practice) in order and stops at the first
 * line whose content, link or position does not hold. The hash is recomputed
 * here from the database's canonical text, so a changed line is caught even
 * when its stored hash was left alone.
 */
export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  let entries = 0;
  let chains = 0;
  let chain = '';
  let prevSeq = 0;
  let prevHash = GENESIS;
  let after: [string, number, string] = [
    '00000000-0000-0000-0000-000000000000',
    -1,
    '0',
  ];
  for (;;) {
    const rows = (await db.query(
      `SELECT id, practice_id, chain_no, chain_seq, prev_hash, hash,
              hk_audit_event_payload(a) AS payload
         FROM audit_events a
        WHERE (practice_id, chain_no, chain_seq) > ($1::uuid, $2::smallint, $3::bigint)
        ORDER BY practice_id, chain_no, chain_seq LIMIT ${PAGE}`,
      after,
    )) as Row[];
    for (const row of rows) {
      const key = `${row.practice_id}:${row.chain_no}`;
      if (key !== chain) {
        chain = key;
        chains += 1;
        prevSeq = 0;
        prevHash = GENESIS;
      }
      const broken = check(row, prevSeq, prevHash);
      if (broken) return { entries, chains, broken };
      entries += 1;
      prevSeq = Number(row.chain_seq);
      prevHash = row.hash;
    }
    if (rows.length < PAGE) return { entries, chains, broken: null };
    const last = rows[rows.length - 1] as Row;
    after = [last.practice_id, last.chain_no, last.chain_seq];
  }
}

function check(row: Row, prevSeq: number, prevHash: string): BrokenLink | null {
  const at = {
    practiceId: row.practice_id,
    chainNo: row.chain_no,
    chainSeq: Number(row.chain_seq),
    id: row.id,
  };
  if (Number(row.chain_seq) !== prevSeq + 1)
    return { ...at, reason: 'line_missing' };
  if (row.prev_hash !== prevHash) return { ...at, reason: 'link_broken' };
  const expected = createHash('sha256')
    .update(row.prev_hash + row.payload, 'utf8')
    .digest('hex');
  if (row.hash !== expected) return { ...at, reason: 'content_changed' };
  return null;
}
