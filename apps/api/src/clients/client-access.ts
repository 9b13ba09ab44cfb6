import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ApiError } from '../common/api-error';
import { AuthContext } from '../common/auth-context';
import { Client } from './client.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  /** The client, if `ctx` may see it; 404 otherwise (also for malformed ids). */
  async find(
    manager: EntityManager,
    ctx: AuthContext,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<Client> {
    if (!UUID.test(id)) throw new ApiError(404, 'not_found');
    const qb = this.query(manager, ctx).andWhere('c.id = :id', { id });
    if (options.lock) qb.setLock('pessimistic_write', undefined, ['c']);
    const client = await qb.getOne();
    if (!client) throw new ApiError(404, 'not_found');
    return client;
  }
}
