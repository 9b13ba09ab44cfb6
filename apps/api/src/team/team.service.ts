import type { InvitationCreated, TeamMember } from '@herstelkompas/contracts';
import { Inject, Injectable } from '@nestjs/common';
import {
  DataSource,
  EntityManager,
  IsNull,
  MoreThan,
  QueryFailedError,
} from 'typeorm';
import { AuthService, ClientInfo } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { assertAcceptablePassword } from '../auth/password-strength';
import { newPasswordHash } from '../auth/credentials';
import { SignInService } from '../auth/sign-in.service';
import { hashToken } from '../auth/tokens';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { toDelivery } from '../mail/deliveries';
import { Outbox } from '../mail/outbox';
import { senderInfo } from '../mail/sender-info';
import { Practitioner } from '../practices/practitioner.entity';
import { toMember } from './team-mapper';
import { InvitePractitionerDto } from './dto/invite-practitioner.dto';
import { UpdatePractitionerDto } from './dto/update-practitioner.dto';
import { newInvitationLink } from './invitation-link';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The practice's people: list, invite with a one-time link, change role, deactivate. */
@Injectable()
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly signIn: SignInService,
    private readonly throttle: LoginThrottle,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async list(ctx: RequestContext): Promise<TeamMember[]> {
    const people = await this.dataSource.getRepository(Practitioner).find({
      where: { practiceId: ctx.practiceId },
      order: { displayName: 'ASC' },
    });
    return people.map(toMember);
  }

  async invite(
    ctx: RequestContext,
    dto: InvitePractitionerDto,
  ): Promise<InvitationCreated> {
    assertOwner(ctx);
    const email = dto.email.toLowerCase();
    const link = newInvitationLink(this.config.publicUrl);
    const { member, delivery } = await this.dataSource.transaction(
      async (manager) => {
        // Only the caller's own practice is looked at. Whether the address has
        // an account elsewhere must not show in the answer (status, body or
        // work done): such an invitation is made like any other and simply
        // can never be completed (see setPassword).
        if (
          await manager.existsBy(Practitioner, {
            email,
            practiceId: ctx.practiceId,
          })
        )
          throw new ValidationFailed([
            { field: 'email', code: 'already_in_team' },
          ]);
        const member = await manager.save(
          manager.create(Practitioner, {
            practiceId: ctx.practiceId,
            email,
            displayName: dto.displayName,
            role: dto.role,
            language: dto.language ?? 'nl',
            passwordHash: null,
            inviteTokenHash: link.tokenHash,
            inviteExpiresAt: link.expiresAt,
          }),
        );
        if (dto.send !== 'email') return { member, delivery: null };
        // The mail and its job commit with the new account, or not at all.
        const from = await senderInfo(manager, ctx.practitionerId);
        const mail = await this.outbox.add(manager, {
          kind: 'team_invitation',
          practiceId: ctx.practiceId,
          recipient: email,
          replyTo: from.practitionerEmail,
          language: member.language,
          link: link.url,
          practitionerId: member.id,
          params: {
            ...from,
            recipientName: member.displayName,
            validUntil: link.expiresAt,
          },
        });
        return { member, delivery: toDelivery(mail, new Map()) };
      },
    );
    if (delivery) this.outbox.wake();
    return {
      member: toMember(member),
      setPasswordUrl: link.url,
      expiresAt: link.expiresAt.toISOString(),
      delivery,
    };
  }

  /** A new one-time link for someone who has not set a password yet; the old link stops working. */
  async reissue(ctx: RequestContext, id: string): Promise<InvitationCreated> {
    const link = newInvitationLink(this.config.publicUrl);
    const person = await this.dataSource.transaction(async (manager) => {
      const found = UUID.test(id)
        ? await manager.findOne(Practitioner, {
            where: { id, practiceId: ctx.practiceId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!found) throw new ApiError(404, 'not_found');
      assertOwner(ctx);
      if (found.passwordHash !== null) throw new ApiError(409, 'conflict');
      found.inviteTokenHash = link.tokenHash;
      found.inviteExpiresAt = link.expiresAt;
      return manager.save(found);
    });
    return {
      member: toMember(person),
      setPasswordUrl: link.url,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  async update(
    ctx: RequestContext,
    id: string,
    dto: UpdatePractitionerDto,
  ): Promise<TeamMember> {
    const saved = await this.dataSource.transaction(async (manager) => {
      // Someone of another practice does not exist for the caller: 404 before 403.
      const person = UUID.test(id)
        ? await manager.findOne(Practitioner, {
            where: { id, practiceId: ctx.practiceId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!person) throw new ApiError(404, 'not_found');
      assertOwner(ctx);
      const losesOwner =
        person.role === 'owner' &&
        person.active &&
        (dto.role === 'practitioner' || dto.active === false);
      if (losesOwner && (await this.activeOwners(manager, ctx.practiceId)) <= 1)
        throw new ApiError(409, 'last_owner');
      if (dto.role) person.role = dto.role;
      if (dto.active !== undefined) person.active = dto.active;
      return manager.save(person);
    });
    if (dto.active === false || dto.role) await this.auth.revokeAll(saved.id);
    return toMember(saved);
  }

  /**
   * Completes an invitation: the token is the proof, and works once. The
   * token is looked up before the password is hashed, so a guessed token
   * costs no hashing, and every guess counts for the caller's address first.
   * An invitation for an address that has an account already (here or in
   * another practice) never completes: the unique index on accounts'
   * addresses refuses a second one, and the answer is that of any invalid link.
   */
  async setPassword(
    token: string,
    password: string,
    client: ClientInfo,
  ): Promise<void> {
    const attempt = await this.signIn.beginAttempt(null, client, null);
    const invited = {
      inviteTokenHash: hashToken(token),
      inviteExpiresAt: MoreThan(new Date()),
      active: true,
    };
    const person = await this.dataSource
      .getRepository(Practitioner)
      .findOne({ where: invited });
    if (!person) {
      await this.signIn.fail(client, null, 'auth.invitation_invalid');
      throw new ApiError(400, 'invitation_invalid');
    }
    await this.throttle.withdraw(attempt);
    assertAcceptablePassword('password', password, [person.email]);
    const passwordHash = await newPasswordHash(password);
    let affected: number | null | undefined;
    try {
      affected = (
        await this.dataSource.getRepository(Practitioner).update(
          { id: person.id, ...invited },
          {
            passwordHash,
            inviteTokenHash: null,
            inviteExpiresAt: null,
            passwordChangedAt: new Date(),
          },
        )
      ).affected;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      affected = 0;
    }
    if (!affected) throw new ApiError(400, 'invitation_invalid');
  }

  private activeOwners(
    manager: EntityManager,
    practiceId: string,
  ): Promise<number> {
    return manager.countBy(Practitioner, {
      practiceId,
      role: 'owner',
      active: true,
      inviteTokenHash: IsNull(),
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === '23505'
  );
}

function assertOwner(ctx: RequestContext): void {
  if (ctx.role !== 'owner') throw new ApiError(403, 'owner_only');
}
