import type { Language } from '@herstelkompas/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { hashToken, newToken } from '../auth/tokens';
import { PortalSession } from './portal-session.entity';

/** Thirty minutes without a request ends a portal session; twelve hours at most. */
export const PORTAL_IDLE_MS = 30 * 60_000;
export const PORTAL_ABSOLUTE_MS = 12 * 3600_000;
const TOUCH_INTERVAL_MS = 60_000;

export type PortalLookup =
  | {
      status: 'valid';
      session: {
        sessionId: string;
        clientId: string;
        practiceId: string;
        language: Language;
      };
    }
  | { status: 'expired' }
  | { status: 'missing' };

/** Portal sessions: their own table, their own cookie, their own limits. */
@Injectable()
export class PortalSessions {
  constructor(private readonly dataSource: DataSource) {}

  /** In the caller's transaction: the session exists exactly when its sign-in is logged. */
  async open(
    manager: EntityManager,
    clientId: string,
    practiceId: string,
  ): Promise<{ id: string; token: string }> {
    const token = newToken();
    const now = new Date();
    const row = await manager.getRepository(PortalSession).save({
      tokenHash: hashToken(token),
      clientId,
      practiceId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + PORTAL_ABSOLUTE_MS),
    });
    return { id: row.id, token };
  }

  async lookup(
    token: string | undefined,
    now = new Date(),
  ): Promise<PortalLookup> {
    if (!token) return { status: 'missing' };
    // The session and its client in one statement: an archived client's
    // portal closes with the record.
    const [session] = await this.dataSource.query<
      {
        id: string;
        client_id: string;
        practice_id: string;
        last_seen_at: Date;
        expires_at: Date;
        preferred_language: Language | null;
      }[]
    >(
      `SELECT s.id, s.client_id, s.practice_id, s.last_seen_at, s.expires_at,
              c.preferred_language
         FROM portal_sessions s
         LEFT JOIN clients c ON c.id = s.client_id
                            AND c.practice_id = s.practice_id
                            AND c.status <> 'archived'
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL`,
      [hashToken(token)],
    );
    if (!session) return { status: 'missing' };
    const repo = this.dataSource.getRepository(PortalSession);
    const idle = session.last_seen_at.getTime() + PORTAL_IDLE_MS;
    if (
      now.getTime() >= session.expires_at.getTime() ||
      now.getTime() >= idle
    ) {
      await repo.update({ id: session.id }, { revokedAt: now });
      return { status: 'expired' };
    }
    if (!session.preferred_language) return { status: 'missing' };
    if (now.getTime() - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS)
      await repo.update({ id: session.id }, { lastSeenAt: now });
    return {
      status: 'valid',
      session: {
        sessionId: session.id,
        clientId: session.client_id,
        practiceId: session.practice_id,
        language: session.preferred_language,
      },
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.dataSource
      .getRepository(PortalSession)
      .update(
        { id: sessionId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
  }
}
