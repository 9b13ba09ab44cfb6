import { Injectable } from '@nestjs/common';
import {
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { ApiError } from '../common/api-error';
import { AuthContext } from '../common/auth-context';
import type { MessageCode } from '../common/messages';
import { Client } from './client.entity';

export const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The client record a refused request was aimed at, where its log line goes;
 * without a client for what holds every record of a practice at once (the
 * practice export, the practice's access log).
 */
export interface RefusedRecord {
  clientId: string | null;
  practiceId: string;
  responsiblePractitionerId: string | null;
}

/**
 * A request refused on an existing client record. It answers exactly as any
 * refusal does (404 for a record the caller may not see), and carries the
 * record so the refusal can be logged in the holding practice's access log
 * after the request's own transaction has rolled back (see DeniedAccessLog).
 */
export class ClientAccessDenied extends ApiError {
  constructor(
    status: 403 | 404,
    code: MessageCode,
    readonly record: RefusedRecord,
  ) {
    super(status, code);
  }
}

/**
 * What someone who can see a client may do with it:
 * - work: read the record and work in it (intake, assessments, priority,
 *   notes, goals, red flags, reports), for the owner, the responsible
 *   practitioner and colleagues it is shared with;
 * - manage: change the record itself (profile, status, who is responsible,
 *   who it is shared with) and export it whole, for the owner and the
 *   responsible practitioner only; a share never passes these on;
 * - owner: erase the record and read its access log, the owner only.
 */
export type ClientRight = 'manage' | 'owner';

/**
 * Who may see which client, in one place: the owner sees the whole practice;
 * a practitioner sees the clients they are responsible for and those shared
 * with them. Anything else does not exist for the caller (404).
 */
@Injectable()
export class ClientAccess {
  /** A query over the clients `ctx` may see, aliased `c`. */
  query(manager: EntityManager, ctx: AuthContext): SelectQueryBuilder<Client> {
    const qb = manager
      .getRepository(Client)
      .createQueryBuilder('c')
      .where('c.practice_id = :practiceId', { practiceId: ctx.practiceId });
    if (ctx.role !== 'owner') {
      qb.andWhere(
        '(c.responsible_practitioner_id = :me OR EXISTS (SELECT 1 FROM client_shares s WHERE s.client_id = c.id AND s.practitioner_id = :me))',
        { me: ctx.practitionerId },
      );
    }
    return qb;
  }

  /**
   * The client, if `ctx` may see it (and has `right`, when asked); 404
   * otherwise (also for malformed ids), 403 for a missing right.
   */
  async find(
    manager: EntityManager,
    ctx: AuthContext,
    id: string,
    options: { lock?: boolean; right?: ClientRight } = {},
  ): Promise<Client> {
    if (!UUID.test(id)) throw new ApiError(404, 'not_found');
    const qb = this.query(manager, ctx).andWhere('c.id = :id', { id });
    if (options.lock) qb.setLock('pessimistic_write', undefined, ['c']);
    const client = await qb.getOne();
    if (!client) throw await this.refusal(manager, id);
    if (options.right) this.require(ctx, client, options.right);
    return client;
  }

  /**
   * A record that belongs to a client (a note, goal, report...), with its
   * client, on the same terms as `find`: what the caller may not see is a
   * 404, and a refusal on an existing client is logged like any other.
   */
  async findOf<T extends ObjectLiteral & { clientId: string }>(
    manager: EntityManager,
    ctx: AuthContext,
    entity: EntityTarget<T>,
    id: string,
    options: { lock?: boolean; lockClient?: boolean; right?: ClientRight } = {},
  ): Promise<{ row: T; client: Client }> {
    if (!UUID.test(id)) throw new ApiError(404, 'not_found');
    const repository = manager.getRepository(entity);
    // Which client it belongs to, whatever the practice: only to decide access.
    const [owner]: { client_id: string }[] = await manager.query(
      `SELECT client_id FROM "${repository.metadata.tableName}" WHERE id = $1`,
      [id],
    );
    if (!owner) throw new ApiError(404, 'not_found');
    const client = await this.find(manager, ctx, owner.client_id, {
      lock: options.lockClient,
      right: options.right,
    });
    const row = await repository.findOne({
      where: { id, clientId: client.id } as unknown as FindOptionsWhere<T>,
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!row) throw new ApiError(404, 'not_found');
    return { row, client };
  }

  /** Throws 403 unless `ctx` has `right` on a client it can see. */
  require(ctx: AuthContext, client: Client, right: ClientRight): void {
    if (this.has(ctx, client, right)) return;
    throw new ClientAccessDenied(
      403,
      right === 'owner' ? 'owner_only' : 'client_manage_only',
      recordOf(client),
    );
  }

  has(ctx: AuthContext, client: Client, right: ClientRight): boolean {
    if (ctx.role === 'owner') return true;
    if (right === 'owner') return false;
    return client.responsiblePractitionerId === ctx.practitionerId;
  }

  /**
   * What to answer when `id` is not among the caller's clients: a refusal
   * on an existing record carries it, for the access log; else a bare 404.
   */
  async refusal(manager: EntityManager, id: string): Promise<ApiError> {
    const [found]: {
      id: string;
      practice_id: string;
      responsible_practitioner_id: string;
    }[] = await manager.query(
      'SELECT id, practice_id, responsible_practitioner_id FROM clients WHERE id = $1',
      [id],
    );
    if (!found) return new ApiError(404, 'not_found');
    return new ClientAccessDenied(404, 'not_found', {
      clientId: found.id,
      practiceId: found.practice_id,
      responsiblePractitionerId: found.responsible_practitioner_id,
    });
  }
}

/**
 * ClientAccess's rule as plain SQL over `clients c`, for the hot reads that
 * skip the query builder: the practice, and for anyone but the owner their
 * own and shared clients. Appends its values to `params`.
 */
export function visibleClientsSql(ctx: AuthContext, params: unknown[]): string {
  params.push(ctx.practiceId);
  const practice = `c.practice_id = $${params.length}`;
  if (ctx.role === 'owner') return practice;
  params.push(ctx.practitionerId);
  const me = `$${params.length}`;
  return `${practice} AND (c.responsible_practitioner_id = ${me} OR EXISTS (SELECT 1 FROM client_shares s WHERE s.client_id = c.id AND s.practitioner_id = ${me}))`;
}

/**
 * The owner-only views of all the practice's records: anyone else is refused
 * with 403, and the attempt is logged like a refusal on one record.
 */
export function assertPracticeOwner(ctx: AuthContext): void {
  if (ctx.role === 'owner') return;
  throw new ClientAccessDenied(403, 'owner_only', {
    clientId: null,
    practiceId: ctx.practiceId,
    responsiblePractitionerId: null,
  });
}

export function recordOf(client: Client): RefusedRecord {
  return {
    clientId: client.id,
    practiceId: client.practiceId,
    responsiblePractitionerId: client.responsiblePractitionerId,
  };
}
