// Portal sessions for the portal benches: rows written straight into
// portal_sessions with tokens only the bench knows (the API keeps a token's
// SHA-256, as for every session), so no invitation mail or date-of-birth
// check is timed. Shared by every bench in this folder.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** Where the API's database is: DATABASE_URL, or what the embedded one wrote at start. */
export function databaseUrl(dataDir) {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const runtime = join(dataDir, 'runtime.json');
  if (!existsSync(runtime)) throw new Error(`${runtime} is missing`);
  return JSON.parse(readFileSync(runtime, 'utf8')).url;
}

/**
 * Opens one portal session for each of the first `limit` client ids whose
 * record is not archived (an archived record's portal is closed); returns
 * each client's cookie header and a `close` that ends them all again.
 */
export async function openPortalSessions(url, clientIds, limit = Infinity) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const sessions = [];
  try {
    for (const clientId of clientIds) {
      if (sessions.length >= limit) break;
      const token = randomBytes(32).toString('base64url');
      const hash = createHash('sha256').update(token).digest('hex');
      const { rows } = await db.query(
        `INSERT INTO portal_sessions (token_hash, practice_id, client_id, last_seen_at, expires_at)
         SELECT $1, practice_id, id, now(), now() + interval '2 hours' FROM clients WHERE id = $2 AND status <> 'archived'
         RETURNING id`,
        [hash, clientId],
      );
      if (rows[0])
        sessions.push({
          id: rows[0].id,
          clientId,
          headers: { cookie: `hk_portal=${token}` },
        });
    }
  } finally {
    await db.end();
  }
  return {
    sessions,
    close: async () => {
      const end = new pg.Client({ connectionString: url });
      await end.connect();
      try {
        await end.query(`DELETE FROM portal_sessions WHERE id = ANY($1)`, [
          sessions.map((s) => s.id),
        ]);
      } finally {
        await end.end();
      }
    },
  };
}

/** Times `count` requests, round robin over the sessions, one at a time. */
export async function timeRequests(base, sessions, path, count) {
  const samples = [];
  const statuses = {};
  for (let i = 0; i < count; i++) {
    const session = sessions[i % sessions.length];
    const started = performance.now();
    const response = await fetch(`${base}${path}`, {
      headers: session.headers,
    });
    await response.arrayBuffer();
    const took = performance.now() - started;
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.ok) samples.push(took);
  }
  return { samples, statuses };
}
