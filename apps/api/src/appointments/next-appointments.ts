import type { EntityManager } from 'typeorm';

/** Per client, the start of their next planned appointment (one query for a page). */
export async function nextAppointments(
  manager: EntityManager,
  practiceId: string,
  clientIds: string[],
  now = new Date(),
): Promise<Map<string, string>> {
  if (!clientIds.length) return new Map();
  const rows: { client_id: string; start_at: Date }[] = await manager.query(
    `SELECT DISTINCT ON (client_id) client_id, start_at FROM appointments
      WHERE practice_id = $1 AND client_id = ANY($2::uuid[])
        AND status = 'planned' AND start_at > $3
      ORDER BY client_id, start_at`,
    [practiceId, clientIds, now],
  );
  return new Map(rows.map((r) => [r.client_id, r.start_at.toISOString()]));
}
