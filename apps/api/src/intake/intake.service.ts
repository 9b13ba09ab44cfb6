import type { AuditEventCode } from '@herstelkompas/contracts';
import type {
  DraftSaved,
  IntakeGate,
  IntakeState,
  IntakeSubmitted,
  IntakeSubmittedState,
} from '@herstelkompas/contracts';
import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import {
  type Answers,
  type Localized,
  type RedFlag,
  clientInstructionFor,
} from '@herstelkompas/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertValidAnswers,
  storedInstrument,
} from '../assessments/instruments';
import { recordAssessment } from '../assessments/record-assessment';
import { Assessment } from '../assessments/assessment.entity';
import { AuditActor, AuditService } from '../audit/audit.service';
import { hashToken } from '../auth/tokens';
import { touchClient } from '../clients/client-summary';
import { Client } from '../clients/client.entity';
import { ApiError, ValidationFailed } from '../common/api-error';
import { APP_CONFIG, RuntimeConfig } from '../config/config.module';
import { Outbox } from '../mail/outbox';
import { contactOf } from '../practices/practice-contact';
import { Practice } from '../practices/practice.entity';
import { Practitioner } from '../practices/practitioner.entity';
import { IntakeInvitation } from './intake-invitation.entity';
import { isValidIntakeCookie } from './intake-cookie';

export const MAX_VERIFY_ATTEMPTS = 5;

export interface Caller {
  ip: string;
  userAgent: string | null;
  cookie: string | undefined;
}

/** What the client does through the link: verify, consent, save drafts, submit. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /**
   * Unknown, revoked and expired links answer alike: nothing tells whether
   * a client exists or what became of the link. A link the practice did
   * send (revoked, expired or locked) also carries how to reach the
   * practice, so its holder can ask for a new one; an unknown token carries
   * nothing. A submitted link is no exception: it can be revoked and it
   * expires like any other.
   */
  async open(
    manager: EntityManager,
    token: string,
    options: { lock?: boolean } = {},
  ): Promise<IntakeInvitation> {
    const invitation = await manager.findOne(IntakeInvitation, {
      where: { tokenHash: hashToken(token) },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw new ApiError(404, 'intake_unavailable');
    if (invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now())
      throw await this.closed(manager, invitation, 404, 'intake_unavailable');
    if (invitation.lockedAt)
      throw await this.closed(manager, invitation, 423, 'intake_locked');
    return invitation;
  }

  /** A link that no longer works, with the practice's contact to ask for a new one. */
  private async closed(
    manager: EntityManager,
    invitation: IntakeInvitation,
    status: 404 | 423,
    code: 'intake_unavailable' | 'intake_locked',
  ): Promise<ApiError> {
    const practice = await manager.findOneByOrFail(Practice, {
      id: invitation.practiceId,
    });
    return new ApiError(status, code, {
      extra: { practice: contactOf(practice) },
    });
  }

  async gate(token: string): Promise<IntakeGate> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.open(manager, token);
      const practice = await manager.findOneByOrFail(Practice, {
        id: invitation.practiceId,
      });
      return {
        status: 'verify_required',
        language: invitation.language,
        practiceName: practice.name,
      };
    });
  }

  /** The date-of-birth check; after five wrong answers the link locks. */
  async verify(
    token: string,
    dateOfBirth: string,
    caller: Caller,
  ): Promise<IntakeInvitation> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.open(manager, token, { lock: true });
      const client = await manager.findOneByOrFail(Client, {
        id: invitation.clientId,
      });
      const actor = this.actor(invitation, caller);
      if (client.dateOfBirth === dateOfBirth) {
        if (!invitation.openedAt) invitation.openedAt = new Date();
        invitation.verifyFailures = 0;
        await manager.save(invitation);
        await this.audit.recordAs(
          manager,
          actor,
          this.entry('intake.verify', 'E', invitation),
        );
        return { invitation, left: MAX_VERIFY_ATTEMPTS };
      }
      invitation.verifyFailures += 1;
      if (invitation.verifyFailures >= MAX_VERIFY_ATTEMPTS)
        invitation.lockedAt = new Date();
      await manager.save(invitation);
      await this.audit.recordAs(manager, actor, {
        ...this.entry(
          invitation.lockedAt ? 'intake.locked' : 'intake.verify_failed',
          'E',
          invitation,
        ),
        outcome: 'denied',
      });
      return {
        invitation: null,
        left: MAX_VERIFY_ATTEMPTS - invitation.verifyFailures,
      };
    });
    if (outcome.invitation) return outcome.invitation;
    // The failure is committed above; only now is it reported.
    if (outcome.left <= 0)
    // Opening the now locked link answers 423 with the practice's contact.
    {
      await this.dataSource.transaction((manager) => this.open(manager, token));
      throw new ApiError(423, 'intake_locked');
    }
    throw new ApiError(401, 'intake_verify_failed', {
      params: { left: outcome.left },
    });
  }

  async state(token: string, caller: Caller): Promise<IntakeState> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.verified(manager, token, caller);
      if (invitation.submittedAt)
        return this.submittedState(manager, invitation);
      // One at a time: a transaction's queries share one connection.
      const client = await manager.findOneByOrFail(Client, {
        id: invitation.clientId,
      });
      const practice = await manager.findOneByOrFail(Practice, {
        id: invitation.practiceId,
      });
      const creator = await manager.findOneBy(Practitioner, {
        id: invitation.createdById,
      });
      return {
        status: 'open',
        variant: invitation.variant,
        language: invitation.language,
        practiceName: practice.name,
        practitionerName: creator?.displayName ?? '',
        clientFirstName: client.firstName,
        expiresAt: invitation.expiresAt.toISOString(),
        consent: {
          given: invitation.consentAt !== null,
          privacyStatementVersion: invitation.consentPrivacyVersion,
          currentVersion: PRIVACY_STATEMENT_VERSION,
          legalBasis: client.legalBasis,
          privacyStatementUrl: practice.privacyStatementUrl,
        },
        instrument: storedInstrument(
          invitation.instrumentId,
          invitation.instrumentVersion,
        ),
        answers: invitation.draftAnswers,
        step: invitation.draftStep,
        savedAt: invitation.draftSavedAt?.toISOString() ?? null,
      };
    });
  }

  /**
   * A sent intake shows a neutral thank-you: no name, no practitioner, no
   * answers. Only an urgent red flag is repeated, so a client who opens the
   * link again still reads what to do today.
   */
  private async submittedState(
    manager: EntityManager,
    invitation: IntakeInvitation,
  ): Promise<IntakeSubmittedState> {
    const [practice, assessment] = await Promise.all([
      manager.findOneByOrFail(Practice, { id: invitation.practiceId }),
      invitation.assessmentId
        ? manager.findOneBy(Assessment, { id: invitation.assessmentId })
        : null,
    ]);
    const instructions = urgentInstructions(assessment?.redFlags ?? []);
    return {
      status: 'submitted',
      language: invitation.language,
      practiceName: practice.name,
      urgent: instructions.length > 0,
      urgentInstructions: instructions,
    };
  }

  async consent(token: string, version: string, caller: Caller): Promise<void> {
    if (version !== PRIVACY_STATEMENT_VERSION) {
      throw new ValidationFailed([
        { field: 'privacyStatementVersion', code: 'unknown_privacy_version' },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.verified(manager, token, caller, {
        lock: true,
      });
      const now = new Date();
      await manager.update(
        IntakeInvitation,
        { id: invitation.id },
        { consentAt: now, consentPrivacyVersion: version },
      );
      await touchClient(manager, invitation.clientId, {
        consentGivenAt: now,
        consentPrivacyVersion: version,
      });
      await manager.query(
        'UPDATE clients SET consent_withdrawn_at = NULL WHERE id = $1',
        [invitation.clientId],
      );
      await this.audit.recordAs(
        manager,
        this.actor(invitation, caller),
        this.entry('intake.consent', 'U', invitation, undefined, {
          privacyStatementVersion: version,
        }),
      );
    });
  }

  async saveDraft(
    token: string,
    answers: Answers,
    step: string | null | undefined,
    caller: Caller,
  ): Promise<DraftSaved> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.verified(manager, token, caller, {
        lock: true,
      });
      this.assertWritable(invitation);
      const definition = storedInstrument(
        invitation.instrumentId,
        invitation.instrumentVersion,
      );
      const valid = assertValidAnswers(definition, answers, true);
      const firstSave = invitation.draftSavedAt === null;
      const savedAt = new Date();
      await manager.update(
        IntakeInvitation,
        { id: invitation.id },
        {
          draftAnswers: valid,
          draftStep: step ?? invitation.draftStep,
          draftSavedAt: savedAt,
        },
      );
      // One line when the client starts answering; not one per autosave.
      if (firstSave)
        await this.audit.recordAs(
          manager,
          this.actor(invitation, caller),
          this.entry('intake.start', 'U', invitation),
        );
      return { savedAt: savedAt.toISOString() };
    });
  }

  /** Idempotent by invitation: a repeat (or a double click) answers the same assessment. */
  async submit(
    token: string,
    answers: Answers,
    caller: Caller,
  ): Promise<{ created: boolean; result: IntakeSubmitted }> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.verified(manager, token, caller, {
        lock: true,
      });
      if (invitation.submittedAt && invitation.assessmentId) {
        const previous = await manager.findOneByOrFail(Assessment, {
          id: invitation.assessmentId,
        });
        return {
          created: false,
          result: {
            assessmentId: previous.id,
            urgentInstruction: clientInstructionFor(previous.redFlags) ?? null,
            urgentInstructions: urgentInstructions(previous.redFlags),
          },
        };
      }
      this.assertWritable(invitation);
      const definition = storedInstrument(
        invitation.instrumentId,
        invitation.instrumentVersion,
      );
      const valid = assertValidAnswers(definition, answers, false);
      const client = await manager.findOneByOrFail(Client, {
        id: invitation.clientId,
      });
      const assessment = await recordAssessment(manager, {
        client,
        definition,
        variant: invitation.variant,
        answers: valid,
        enteredBy: 'client',
        invitationId: invitation.id,
      });
      // The answers now live in the assessment; the draft copy goes.
      await manager.update(
        IntakeInvitation,
        { id: invitation.id },
        {
          submittedAt: assessment.submittedAt,
          assessmentId: assessment.id,
          draftAnswers: {},
        },
      );
      // A reminder still waiting has nothing left to remind of.
      await this.outbox.cancelForInvitation(manager, invitation.id);
      await this.audit.recordAs(
        manager,
        this.actor(invitation, caller),
        this.entry(
          'intake.submit',
          'C',
          invitation,
          client.responsiblePractitionerId,
          {
            assessmentId: assessment.id,
            redFlags: assessment.redFlags.length,
          },
        ),
      );
      return {
        created: true,
        result: {
          assessmentId: assessment.id,
          urgentInstruction: clientInstructionFor(assessment.redFlags) ?? null,
          urgentInstructions: urgentInstructions(assessment.redFlags),
        },
      };
    });
  }

  private async verified(
    manager: EntityManager,
    token: string,
    caller: Caller,
    options: { lock?: boolean } = {},
  ): Promise<IntakeInvitation> {
    const invitation = await this.open(manager, token, options);
    if (
      !isValidIntakeCookie(
        caller.cookie,
        invitation.id,
        this.config.sessionSecret,
      )
    ) {
      throw new ApiError(401, 'intake_verify_required');
    }
    return invitation;
  }

  private assertWritable(invitation: IntakeInvitation): void {
    if (invitation.submittedAt) throw new ApiError(409, 'conflict');
    if (!invitation.consentAt) throw new ApiError(403, 'consent_required');
  }

  private actor(invitation: IntakeInvitation, caller: Caller): AuditActor {
    return {
      practiceId: invitation.practiceId,
      userId: null,
      role: null,
      ip: caller.ip,
      userAgent: caller.userAgent,
    };
  }

  private entry(
    event: AuditEventCode,
    action: 'C' | 'R' | 'U' | 'E',
    invitation: IntakeInvitation,
    onBehalfOfId?: string,
    details: Record<string, unknown> = {},
  ) {
    return {
      event,
      action,
      part: 'intake',
      clientId: invitation.clientId,
      onBehalfOfId: onBehalfOfId ?? null,
      details: { invitationId: invitation.id, actor: 'client', ...details },
    };
  }
}

/**
 * The client-facing instruction of each urgent flag, once per text: several
 * items of one symptom cluster share their instruction.
 */
export function urgentInstructions(flags: readonly RedFlag[]): Localized[] {
  const seen = new Set<string>();
  const out: Localized[] = [];
  for (const flag of flags) {
    const text = flag.urgency === 'urgent_same_day' && flag.clientInstruction;
    if (!text || seen.has(text.nl)) continue;
    seen.add(text.nl);
    out.push(text);
  }
  // An urgent flag stored without its own text still gets the general one.
  const general = clientInstructionFor(flags);
  if (out.length === 0 && general) out.push(general);
  return out;
}
