import type { CurrentUser, Language } from '@herstelkompas/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AuthContext } from '../common/auth-context';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { mfaRequired } from './mfa/mfa-policy';
import { findSession } from './session-lookup';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

/** Touch `last_seen_at` at most this often: enough for a 30-minute idle limit, few writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface ClientInfo {
  ip: string;
  userAgent?: string | null;
}

export type SessionLookup =
  | { status: 'valid'; auth: AuthContext }
  | { status: 'expired' }
  | { status: 'missing' };

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectRepository(Practitioner)
    private readonly practitioners: Repository<Practitioner>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly dataSource: DataSource,
  ) {}

  /** A new session with a new id: the id rotates at every sign-in. */
  async openSession(
    practitioner: Practitioner,
    client: ClientInfo,
  ): Promise<{ token: string; user: CurrentUser }> {
    const token = newToken();
    const now = new Date();
    await this.sessions.insert({
      tokenHash: hashToken(token),
      practiceId: practitioner.practiceId,
      practitionerId: practitioner.id,
      lastSeenAt: now,
      expiresAt: new Date(
        now.getTime() + this.config.sessionAbsoluteHours * 3600_000,
      ),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 400) ?? null,
    });
    this.logger.log(
      { event: 'login', practitionerId: practitioner.id },
      'Signed in',
    );
    return { token, user: await this.currentUser(practitioner.id) };
  }

  /** Resolves a session cookie; enforces revocation, the idle and the absolute limit. */
  async lookup(
    token: string | undefined,
    now = new Date(),
  ): Promise<SessionLookup> {
    if (!token) return { status: 'missing' };
    const session = await findSession(this.dataSource, hashToken(token));
    if (!session) return { status: 'missing' };
    const idleLimit =
      session.lastSeenAt.getTime() + this.config.sessionIdleMinutes * 60_000;
    if (
      now.getTime() >= session.expiresAt.getTime() ||
      now.getTime() >= idleLimit
    ) {
      await this.sessions.update({ id: session.id }, { revokedAt: now });
      return { status: 'expired' };
    }
    if (!session.practitionerId || !session.practiceId || !session.role)
      return { status: 'missing' };
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
    }
    return {
      status: 'valid',
      auth: {
        sessionId: session.id,
        practitionerId: session.practitionerId,
        practiceId: session.practiceId,
        role: session.role,
        mfaSetupRequired: session.mfaSetupRequired,
        ...(session.user ? { user: session.user } : {}),
      },
    };
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Ends every session of a practitioner, e.g. after a password change. */
  async revokeAll(
    practitionerId: string,
    exceptSessionId?: string,
  ): Promise<void> {
    const open = await this.sessions.find({
      where: { practitionerId, revokedAt: IsNull() },
      select: { id: true },
    });
    const ids = open.map((s) => s.id).filter((id) => id !== exceptSessionId);
    if (ids.length) await this.sessions.update(ids, { revokedAt: new Date() });
  }

  async currentUser(practitionerId: string): Promise<CurrentUser> {
    // One statement: the practitioner with its practice joined.
    const p = await this.practitioners
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.practice', 'practice')
      .where('p.id = :practitionerId', { practitionerId })
      .getOneOrFail();
    const practice = p.practice as Practice;
    return {
      practitioner: {
        id: p.id,
        email: p.email,
        displayName: p.displayName,
        role: p.role,
        language: p.language,
        profession: p.profession,
        registration: p.registration,
      },
      practice: { id: practice.id, name: practice.name, demo: practice.demo },
      mfa: {
        enabled: p.mfaSecret !== null,
        required: mfaRequired(p, practice),
        setupRequired: mfaRequired(p, practice) && p.mfaSecret === null,
      },
    };
  }

  async setLanguage(practitionerId: string, language: Language): Promise<void> {
    await this.practitioners.update({ id: practitionerId }, { language });
  }

  /** Profession and registration, for one's signature on reports; left out: unchanged. */
  async setSignature(
    practitionerId: string,
    signature: { profession?: string | null; registration?: string | null },
  ): Promise<void> {
    const changes = Object.fromEntries(
      (['profession', 'registration'] as const)
        .filter((key) => signature[key] !== undefined)
        .map((key) => [key, signature[key] ?? null]),
    );
    if (Object.keys(changes).length)
      await this.practitioners.update({ id: practitionerId }, changes);
  }
}
