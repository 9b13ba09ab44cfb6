import type { AuditEventCode } from '@herstelkompas/contracts';
import type { SessionNote } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import {
  ClientAccess,
  ClientAccessDenied,
  recordOf,
} from '../clients/client-access';
import { touchClient } from '../clients/client-summary';
import { Client } from '../clients/client.entity';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import {
  CreateSessionNoteDto,
  ListNotesQuery,
  UpdateSessionNoteDto,
} from './dto/session-note.dto';
import { NoteAddendumRow } from './note-addendum.entity';
import { SessionNoteRow } from './session-note.entity';

/** Session notes: drafts are edited freely, signing locks them, addenda correct them. */
@Injectable()
export class SessionNotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
  ) {}

  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateSessionNoteDto,
  ): Promise<SessionNote> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const row = await manager.save(
        manager.create(SessionNoteRow, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          authorId: ctx.practitionerId,
          sessionDate: new Date(dto.sessionDate),
          type: dto.type,
          domains: dto.domains ?? [],
          text: dto.text ?? '',
          durationMinutes: dto.durationMinutes ?? null,
          painAtStart: dto.painAtStart ?? null,
          homework: (dto.homework ?? []).map((h) => ({
            domain: h.domain,
            text: h.text,
          })),
          nextSteps: dto.nextSteps ?? null,
          includeInReport: dto.includeInReport ?? false,
        }),
      );
      await touchClient(manager, client.id, { lastActivityAt: new Date() });
      const note = await this.one(manager, row);
      // The line last: its chain lock is then held only until the commit.
      await this.log(manager, ctx, client, 'note.create', 'C', row.id);
      return note;
    });
  }

  /** A client's notes, newest session first, filtered by domain, type and words. */
  async list(
    ctx: RequestContext,
    clientId: string,
    query: ListNotesQuery,
  ): Promise<SessionNote[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const qb = manager
        .getRepository(SessionNoteRow)
        .createQueryBuilder('n')
        .where('n.client_id = :clientId', { clientId: client.id });
      if (query.domain)
        qb.andWhere(':domain = ANY(n.domains)', { domain: query.domain });
      if (query.type) qb.andWhere('n.type = :type', { type: query.type });
      if (query.search) {
        qb.andWhere(
          `(n.text ILIKE :q OR coalesce(n.next_steps, '') ILIKE :q OR n.homework::text ILIKE :q)`,
          {
            q: `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
          },
        );
      }
      const rows = await qb
        .orderBy('n.sessionDate', 'DESC')
        .take(500)
        .getMany();
      await this.log(manager, ctx, client, 'note.read', 'R', null, {
        count: rows.length,
      });
      return this.many(manager, rows);
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateSessionNoteDto,
  ): Promise<SessionNote> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      if (row.status === 'signed') throw new ApiError(409, 'note_signed');
      this.assertAuthor(ctx, row, client);
      if (dto.version !== undefined && dto.version !== row.version)
        throw new ApiError(409, 'conflict');
      const { version: _v, sessionDate, homework, ...rest } = dto;
      Object.assign(
        row,
        Object.fromEntries(
          Object.entries(rest).filter(([, v]) => v !== undefined),
        ),
      );
      if (sessionDate) row.sessionDate = new Date(sessionDate);
      if (homework)
        row.homework = homework.map((h) => ({
          domain: h.domain,
          text: h.text,
        }));
      const saved = await manager.save(row);
      await this.log(manager, ctx, client, 'note.update', 'U', row.id);
      return this.one(manager, saved);
    });
  }

  async sign(ctx: RequestContext, id: string): Promise<SessionNote> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      if (row.status === 'signed') throw new ApiError(409, 'note_signed');
      this.assertAuthor(ctx, row, client);
      row.status = 'signed';
      row.signedAt = new Date();
      const saved = await manager.save(row);
      await this.log(manager, ctx, client, 'note.sign', 'U', row.id);
      return this.one(manager, saved);
    });
  }

  async addendum(
    ctx: RequestContext,
    id: string,
    text: string,
  ): Promise<SessionNote> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      if (row.status !== 'signed') throw new ApiError(409, 'note_not_signed');
      await manager.insert(NoteAddendumRow, {
        practiceId: ctx.practiceId,
        noteId: row.id,
        authorId: ctx.practitionerId,
        text,
      });
      await this.log(manager, ctx, client, 'note.addendum', 'C', row.id);
      return this.one(manager, row);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<SessionNote> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      await this.log(manager, ctx, client, 'note.read', 'R', row.id);
      return this.one(manager, row);
    });
  }

  private async find(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: SessionNoteRow; client: Client }> {
    return this.access.findOf(manager, ctx, SessionNoteRow, id, {
      lock: true,
    });
  }

  /**
   * A draft is its author's alone: nobody else, the owner included, edits or
   * signs it, or the note would read "signed by" someone who did not sign.
   * Others correct a signed note with an addendum in their own name.
   */
  private assertAuthor(
    ctx: RequestContext,
    row: SessionNoteRow,
    client: Client,
  ): void {
    if (row.authorId !== ctx.practitionerId)
      throw new ClientAccessDenied(403, 'note_author_only', recordOf(client));
  }

  private log(
    manager: EntityManager,
    ctx: RequestContext,
    client: Client,
    event: AuditEventCode,
    action: 'C' | 'R' | 'U',
    noteId: string | null,
    extra: Record<string, unknown> = {},
  ) {
    return this.audit.record(manager, ctx, {
      event,
      action,
      part: 'session_notes',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: { ...(noteId ? { noteId } : {}), ...extra },
    });
  }

  private async one(
    manager: EntityManager,
    row: SessionNoteRow,
  ): Promise<SessionNote> {
    return (await this.many(manager, [row]))[0] as SessionNote;
  }

  /** Notes with their addenda and names, in three queries for any number of notes. */
  private async many(
    manager: EntityManager,
    rows: SessionNoteRow[],
  ): Promise<SessionNote[]> {
    const addenda = rows.length
      ? await manager.find(NoteAddendumRow, {
          where: { noteId: In(rows.map((r) => r.id)) },
          order: { createdAt: 'ASC' },
        })
      : [];
    const ids = [
      ...new Set([
        ...rows.map((r) => r.authorId),
        ...addenda.map((a) => a.authorId),
      ]),
    ];
    const name = await practitionerNames(manager, ids);
    const ref = (id: string) => ({
      id,
      displayName: name(id).displayName,
    });
    return rows.map((r) => ({
      id: r.id,
      clientId: r.clientId,
      sessionDate: r.sessionDate.toISOString(),
      durationMinutes: r.durationMinutes,
      type: r.type,
      domains: r.domains,
      painAtStart: r.painAtStart,
      text: r.text,
      homework: r.homework,
      nextSteps: r.nextSteps,
      includeInReport: r.includeInReport,
      status: r.status,
      author: ref(r.authorId),
      signedAt: r.signedAt?.toISOString() ?? null,
      addenda: addenda
        .filter((a) => a.noteId === r.id)
        .map((a) => ({
          id: a.id,
          text: a.text,
          author: ref(a.authorId),
          createdAt: a.createdAt.toISOString(),
        })),
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }
}
