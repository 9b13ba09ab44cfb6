import type { MailDelivery } from '@herstelkompas/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { RequestContext } from '../../common/request-context';
import { APP_CONFIG, RuntimeConfig } from '../../config/config.module';
import { JobQueue } from '../../jobs/job-queue';
import { toDelivery } from '../../mail/deliveries';
import { Outbox } from '../../mail/outbox';
import { senderInfo } from '../../mail/sender-info';
import { Practitioner } from '../../practices/practitioner.entity';
import { RateLimiter } from '../../rate-limit/rate-limiter';
import { AuthService } from '../auth.service';
import { assertAcceptablePassword } from '../password-strength';
import { hashPassword } from '../passwords';
import { hashToken, newToken } from '../tokens';
import { PasswordReset } from './password-reset.entity';

export const RESET_MINUTES = 30;
const REQUEST_JOB = 'password-reset.request';

/** Requests per typed address, per account and per network address. */
const LIMITS = {
  address: { count: 3, seconds: 3600 },
  account: { count: 5, seconds: 86_400 },
  network: { count: 20, seconds: 3600 },
  confirm: { count: 20, seconds: 900 },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Wachtwoord vergeten?": a single-use link, valid 30 minutes, by mail.
 * The request does the same work for every address (count, enqueue) and
 * answers 202; who the address belongs to is looked up later by the job, so
 * neither the answer nor its timing tells whether an account exists.
 */
@Injectable()
export class PasswordResetService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    private readonly limiter: RateLimiter,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ email: string }>(
      REQUEST_JOB,
      { retryLimit: 3, retryDelay: 5, retryBackoff: true, retentionDays: 1 },
      (job) => this.issueFor(job.data.email),
    );
  }

  async request(email: string, ip: string): Promise<void> {
    const address = email.trim().toLowerCase();
    // Counted before anything is looked at; over a limit nothing is sent,
    // and the answer stays the same.
    const allowed =
      (await this.within(`reset:address:${address}`, LIMITS.address)) &&
      (await this.within(`reset:network:${ip}`, LIMITS.network));
    if (!allowed) return;
    await this.dataSource.transaction((manager) =>
      this.jobs.send(
        manager,
        REQUEST_JOB,
        { email: address },
        { id: randomUUID() },
      ),
    );
    this.jobs.wake(REQUEST_JOB);
  }

  /** The owner sends a colleague a reset link from the Team page. */
  async sendToColleague(
    ctx: RequestContext,
    id: string,
  ): Promise<MailDelivery> {
    const found = await this.dataSource.transaction(async (manager) => {
      const person = UUID.test(id)
        ? await manager.findOneBy(Practitioner, {
            id,
            practiceId: ctx.practiceId,
          })
        : null;
      if (!person) throw new ApiError(404, 'not_found');
      if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
      // No password yet: the invitation link is the way in, not a reset.
      if (person.passwordHash === null)
        throw new ApiError(409, 'reset_no_password');
      if (!person.active) throw new ApiError(409, 'reset_inactive');
      const mail = await this.issue(manager, person, ctx.practitionerId);
      return toDelivery(mail, new Map());
    });
    this.outbox.wake();
    return found;
  }

  async confirm(token: string, newPassword: string, ip: string): Promise<void> {
    await this.limiter.hit(
      `reset-confirm:network:${ip}`,
      LIMITS.confirm.count,
      LIMITS.confirm.seconds,
    );
    // The token is looked up before anything costly: a guessed token costs
    // neither scoring nor hashing.
    const practitionerId = await this.dataSource.transaction(
      async (manager) => {
        const reset = await manager.findOne(PasswordReset, {
          where: {
            tokenHash: hashToken(token),
            usedAt: IsNull(),
            expiresAt: MoreThan(new Date()),
          },
          lock: { mode: 'pessimistic_write' },
        });
        const person = reset
          ? await manager.findOneBy(Practitioner, { id: reset.practitionerId })
          : null;
        if (!reset || !person?.active || person.passwordHash === null)
          throw new ApiError(400, 'reset_invalid');
        assertAcceptablePassword('newPassword', newPassword, [person.email]);
        const passwordHash = await hashPassword(newPassword);
        const now = new Date();
        await manager.update(
          Practitioner,
          { id: person.id },
          { passwordHash, passwordChangedAt: now },
        );
        // This link and every other open one for the account stop working.
        await manager.update(
          PasswordReset,
          { practitionerId: person.id, usedAt: IsNull() },
          { usedAt: now },
        );
        return person.id;
      },
    );
    // Whoever held the old password is signed out everywhere; two-step
    // sign-in stays as it was and is asked at the next sign-in.
    await this.auth.revokeAll(practitionerId);
  }

  /** The job: look the address up and, for an active account, mail a link. */
  private async issueFor(email: string): Promise<void> {
    const person = await this.dataSource
      .getRepository(Practitioner)
      .findOneBy({ email, active: true });
    if (!person || person.passwordHash === null) return;
    if (!(await this.within(`reset:account:${person.id}`, LIMITS.account)))
      return;
    const owner = await this.dataSource.getRepository(Practitioner).findOne({
      where: { practiceId: person.practiceId, role: 'owner', active: true },
      order: { createdAt: 'ASC' },
    });
    await this.dataSource.transaction((manager) =>
      this.issue(manager, person, owner?.id ?? person.id),
    );
    this.outbox.wake();
  }

  private async issue(
    manager: EntityManager,
    person: Practitioner,
    senderId: string,
  ) {
    const token = newToken();
    const expiresAt = new Date(Date.now() + RESET_MINUTES * 60_000);
    await manager.save(
      manager.create(PasswordReset, {
        practiceId: person.practiceId,
        practitionerId: person.id,
        tokenHash: hashToken(token),
        expiresAt,
      }),
    );
    const from = await senderInfo(manager, senderId);
    return this.outbox.add(manager, {
      kind: 'password_reset',
      practiceId: person.practiceId,
      recipient: person.email,
      replyTo: null,
      language: person.language,
      link: `${this.config.publicUrl}/wachtwoord-herstellen/${token}`,
      practitionerId: person.id,
      params: {
        ...from,
        recipientName: person.displayName,
        validUntil: expiresAt,
      },
    });
  }

  private async within(
    key: string,
    limit: { count: number; seconds: number },
  ): Promise<boolean> {
    try {
      await this.limiter.hit(key, limit.count, limit.seconds);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.getStatus() === 429) return false;
      throw error;
    }
  }
}
