import type {
  CreatedInvitation,
  IntakeVariant,
} from '@herstelkompas/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { instrumentFor } from '../assessments/instruments';
import { hashToken, newToken } from '../auth/tokens';
import { Client } from '../clients/client.entity';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { toDelivery } from '../mail/deliveries';
import { Outbox } from '../mail/outbox';
import { senderInfo } from '../mail/sender-info';
import { IntakeInvitation } from './intake-invitation.entity';
import { toInvitation } from './invitation-mapper';

export const DEFAULT_EXPIRY_DAYS = 14;

export interface NewInvitation {
  client: Client;
  /** Who sends it: the creator, and the mail's Reply-To. */
  practitionerId: string;
  variant: IntakeVariant;
  expiresInDays?: number;
  byEmail: boolean;
}

/**
 * Makes an intake link and, by e-mail, its mail and reminder: inside the
 * caller's transaction, for a practitioner's request and for a follow-up
 * schedule alike. Call `outbox.wake()` after the commit when it mailed.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async issue(
    manager: EntityManager,
    request: NewInvitation,
  ): Promise<CreatedInvitation> {
    const { client } = request;
    const token = newToken();
    const definition = instrumentFor(request.variant);
    const invitation = await manager.save(
      manager.create(IntakeInvitation, {
        practiceId: client.practiceId,
        clientId: client.id,
        tokenHash: hashToken(token),
        variant: request.variant,
        instrumentId: definition.id,
        instrumentVersion: definition.version,
        language: client.preferredLanguage,
        createdById: request.practitionerId,
        expiresAt: new Date(
          Date.now() +
            (request.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * 86_400_000,
        ),
      }),
    );
    const url = `${this.config.publicUrl}/intake/${token}`;
    let delivery = null;
    if (request.byEmail) {
      const from = await senderInfo(manager, request.practitionerId);
      const mail = {
        practiceId: client.practiceId,
        recipient: client.email.trim(),
        replyTo: from.practitionerEmail,
        language: client.preferredLanguage,
        link: url,
        clientId: client.id,
        intakeInvitationId: invitation.id,
        params: {
          ...from,
          recipientName: client.firstName,
          validUntil: invitation.expiresAt,
        },
      };
      const sent = await this.outbox.add(manager, {
        ...mail,
        kind: 'intake_invitation',
      });
      delivery = toDelivery(sent, new Map());
      const days = from.practice.intakeReminderDays;
      const remindAt =
        days === null ? null : new Date(Date.now() + days * 86_400_000);
      // A reminder only while the link still works; sending checks again.
      if (remindAt && remindAt < invitation.expiresAt)
        await this.outbox.add(manager, {
          ...mail,
          kind: 'intake_reminder',
          sendAfter: remindAt,
        });
    }
    return { ...toInvitation(invitation), delivery, url };
  }
}
