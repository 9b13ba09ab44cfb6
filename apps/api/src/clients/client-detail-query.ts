import type { ClientDetail, PractitionerRef } from '@herstelkompas/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth-context';
import { dueInstant } from '../follow-ups/follow-up-time';
import { visibleClientsSql } from './client-access';
import { toClientDetail } from './client-mapper';
import {
  CLIENT_COLUMNS,
  CLIENT_DETAIL_COLUMNS,
  type ClientDetailRow,
  fromClientDetailRow,
} from './client-row';

interface DetailRow extends ClientDetailRow {
  responsible_name: string;
  shared_with: PractitionerRef[];
  next_due_on: string | null;
  unread: number;
}

/**
 * Opening a client: the record, if the caller may see it, with the names of
 * its responsible practitioner and of those it is shared with, its next
 * follow-up and its unread messages, in one statement. Through the query
 * builder and entities this was five statements, and each costs the API far
 * more CPU than PostgreSQL spends on it. Who may see it is ClientAccess's
 * rule (the owner: the practice; anyone else: their own and shared clients).
 *
 * Null when there is no such client for the caller; the caller then lets
 * ClientAccess tell a refusal (logged) from a plain 404.
 */
export async function readClientDetail(
  manager: EntityManager,
  ctx: AuthContext,
  id: string,
): Promise<ClientDetail | null> {
  const params: unknown[] = [id];
  const visible = visibleClientsSql(ctx, params);
  const [row]: DetailRow[] = await manager.query(
    `SELECT ${CLIENT_COLUMNS}, ${CLIENT_DETAIL_COLUMNS},
        coalesce(p.display_name, '') AS responsible_name,
        coalesce((SELECT json_agg(json_build_object(
                    'id', s.practitioner_id,
                    'displayName', coalesce(sp.display_name, ''))
                    ORDER BY s.created_at, s.practitioner_id)
                    FROM client_shares s
                    LEFT JOIN practitioners sp ON sp.id = s.practitioner_id
                   WHERE s.client_id = c.id), '[]') AS shared_with,
        (SELECT to_char(f.next_due_on, 'YYYY-MM-DD') FROM follow_up_schedules f
          WHERE f.client_id = c.id AND f.practice_id = c.practice_id) AS next_due_on,
        (SELECT count(*)::int FROM portal_messages m
          WHERE m.client_id = c.id AND m.practice_id = c.practice_id
            AND m.author = 'client' AND m.read_at IS NULL) AS unread
       FROM clients c
       LEFT JOIN practitioners p ON p.id = c.responsible_practitioner_id
      WHERE c.id = $1 AND ${visible}`,
    params,
  );
  if (!row) return null;
  return {
    ...toClientDetail(
      fromClientDetailRow(row),
      {
        id: row.responsible_practitioner_id,
        displayName: row.responsible_name,
      },
      row.shared_with,
    ),
    nextFollowUpAt: row.next_due_on
      ? dueInstant(row.next_due_on).toISOString()
      : null,
    unreadMessages: row.unread,
  };
}
