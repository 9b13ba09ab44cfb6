import type { SessionNote as SessionNoteDto } from '@herstelkompas/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import type { CreateSessionNoteDto } from './dto/create-session-note.dto';
import type { SessionNote } from './session-note.entity';

interface Inserted {
  id: string;
  status: SessionNote['status'];
  signed_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  author_name: string | null;
}

/**
 * A new note, the client's last activity and the author's name, in one
 * statement inside the caller's transaction. Saving the entity, touching the
 * client and reading the note back with its names and addenda were four
 * statements; a new note has no addenda, and the rest is what the insert
 * returns. Each statement cost the API more CPU than PostgreSQL spent on it.
 */
export async function insertNote(
  manager: EntityManager,
  ctx: RequestContext,
  clientId: string,
  dto: CreateSessionNoteDto,
  now = new Date(),
): Promise<SessionNoteDto> {
  const sessionDate = new Date(dto.sessionDate);
  const homework = (dto.homework ?? []).map((h) => ({
    domain: h.domain,
    text: h.text,
  }));
  const values = {
    durationMinutes: dto.durationMinutes ?? null,
    type: dto.type,
    domains: dto.domains ?? [],
    painAtStart: dto.painAtStart ?? null,
    text: dto.text ?? '',
    nextSteps: dto.nextSteps ?? null,
    includeInReport: dto.includeInReport ?? false,
  };
  const [row]: Inserted[] = await manager.query(
    `WITH note AS (
       INSERT INTO session_notes (practice_id, client_id, author_id,
           session_date, type, domains, text, duration_minutes, pain_at_start,
           homework, next_steps, include_in_report)
       VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10::jsonb, $11, $12)
       RETURNING id, status, signed_at, version, created_at, updated_at
     ), touched AS (
       -- As touchClient: the client's version stays, so an open profile edit is not made stale.
       UPDATE clients SET last_activity_at = $13 WHERE id = $2
     )
     SELECT note.*, (SELECT display_name FROM practitioners WHERE id = $3) AS author_name
       FROM note`,
    [
      ctx.practiceId,
      clientId,
      ctx.practitionerId,
      sessionDate,
      values.type,
      values.domains,
      values.text,
      values.durationMinutes,
      values.painAtStart,
      JSON.stringify(homework),
      values.nextSteps,
      values.includeInReport,
      now,
    ],
  );
  if (!row) throw new Error('The note was not stored');
  return {
    id: row.id,
    clientId,
    sessionDate: sessionDate.toISOString(),
    durationMinutes: values.durationMinutes,
    type: values.type,
    domains: values.domains,
    painAtStart: values.painAtStart,
    text: values.text,
    homework,
    nextSteps: values.nextSteps,
    includeInReport: values.includeInReport,
    status: row.status,
    author: { id: ctx.practitionerId, displayName: row.author_name ?? '' },
    signedAt: row.signed_at?.toISOString() ?? null,
    addenda: [],
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
