import type { EntityManager } from 'typeorm';

/** How many of each client's own messages no practitioner has listed yet. */
export async function unreadMessages(
  manager: EntityManager,
  practiceId: string,
  clientIds: string[],
): Promise<Map<string, number>> {
  if (!clientIds.length) return new Map();
  const rows = await manager.query<{ client_id: string; n: number }[]>(
    `SELECT client_id, count(*)::int AS n FROM portal_messages
      WHERE practice_id = $1 AND client_id = ANY($2)
        AND author = 'client' AND read_at IS NULL
      GROUP BY client_id`,
    [practiceId, clientIds],
  );
  return new Map(rows.map((r) => [r.client_id, r.n]));
}
