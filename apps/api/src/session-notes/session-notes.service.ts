import type { SessionNote as SessionNoteDto } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import {
  ClientAccess,
  ClientAccessDenied,
  recordOf,
} from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { CreateSessionNoteDto } from './dto/create-session-note.dto';
import { ListSessionNotesDto } from './dto/list-session-notes.dto';
import { UpdateSessionNoteDto } from './dto/update-session-note.dto';
import { insertNote } from './insert-note';
import { NoteAddendum } from './note-addendum.entity';
import { SessionNote } from './session-note.entity';

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
  ): Promise<SessionNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const note = await insertNote(manager, ctx, client.id, dto);
      // The line last: its chain lock is then held only until the commit.
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'session_notes',
        'note.create',
        'C',
        { noteId: note.id },
      );
      return note;
    });
  }

  /** A client's notes, newest session first, filtered by domain, type and words. */
  async list(
    ctx: RequestContext,
    clientId: string,
    query: ListSessionNotesDto,
  ): Promise<SessionNoteDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const qb = manager
        .getRepository(SessionNote)
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
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'session_notes',
        'note.read',
        'R',
        {
          count: rows.length,
        },
      );
      return this.many(manager, rows);
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdateSessionNoteDto,
  ): Promise<SessionNoteDto> {
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
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'session_notes',
        'note.update',
        'U',
        { noteId: row.id },
      );
      return this.one(manager, saved);
    });
  }

  async sign(ctx: RequestContext, id: string): Promise<SessionNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      if (row.status === 'signed') throw new ApiError(409, 'note_signed');
      this.assertAuthor(ctx, row, client);
      row.status = 'signed';
      row.signedAt = new Date();
      const saved = await manager.save(row);
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'session_notes',
        'note.sign',
        'U',
        { noteId: row.id },
      );
      return this.one(manager, saved);
    });
  }

  async addendum(
    ctx: RequestContext,
    id: string,
    text: string,
  ): Promise<SessionNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      if (row.status !== 'signed') throw new ApiError(409, 'note_not_signed');
      await manager.insert(NoteAddendum, {
        practiceId: ctx.practiceId,
        noteId: row.id,
        authorId: ctx.practitionerId,
        text,
      });
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'session_notes',
        'note.addendum',
        'C',
        { noteId: row.id },
      );
      return this.one(manager, row);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<SessionNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      const { row, client } = await this.find(manager, ctx, id);
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'session_notes',
        'note.read',
        'R',
        { noteId: row.id },
      );
      return this.one(manager, row);
    });
  }

  private async find(
    manager: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<{ row: SessionNote; client: Client }> {
    return this.access.findOf(manager, ctx, SessionNote, id, {
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
    row: SessionNote,
    client: Client,
  ): void {
    if (row.authorId !== ctx.practitionerId)
      throw new ClientAccessDenied(403, 'note_author_only', recordOf(client));
  }

  private async one(
    manager: EntityManager,
    row: SessionNote,
  ): Promise<SessionNoteDto> {
    return (await this.many(manager, [row]))[0] as SessionNoteDto;
  }

  /** Notes with their addenda and names, in three queries for any number of notes. */
  private async many(
    manager: EntityManager,
    rows: SessionNote[],
  ): Promise<SessionNoteDto[]> {
    const addenda = rows.length
      ? await manager.find(NoteAddendum, {
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
