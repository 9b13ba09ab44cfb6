import type {
  AssessmentEnteredBy,
  IntakeVariant,
} from '@herstelkompas/contracts';
import {
  type Answers,
  type InstrumentDefinition,
  scoreAssessment,
} from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';
import { touchClient } from '../clients/client-summary';
import type { Client } from '../clients/client.entity';
import { hasPriorityDecision } from '../priority/priority-decisions';
import { queueRedFlagReviews } from '../red-flags/red-flag-reviews';
import { Assessment } from './assessment.entity';

export interface RecordAssessmentInput {
  client: Client;
  definition: InstrumentDefinition;
  variant: IntakeVariant;
  answers: Answers;
  enteredBy: AssessmentEnteredBy;
  practitionerId?: string;
  invitationId?: string;
  /** Defaults to now; the demo seed tells a story over weeks. */
  submittedAt?: Date;
}

/**
 * Scores an intake with libs/domain and stores the result, the red flags to
 * review and the client's list summary, in the caller's transaction.
 */
export async function recordAssessment(
  manager: EntityManager,
  input: RecordAssessmentInput,
): Promise<Assessment> {
  const { client, definition, answers } = input;
  const now = input.submittedAt ?? new Date();
  // Age criteria are derived from the client record, never asked again.
  const result = scoreAssessment(definition, answers, {
    redFlagContext: {
      dateOfBirth: client.dateOfBirth,
      assessedOn: now.toISOString(),
    },
  });
  const assessment = await manager.save(
    manager.create(Assessment, {
      practiceId: client.practiceId,
      clientId: client.id,
      invitationId: input.invitationId ?? null,
      variant: input.variant,
      instrumentId: definition.id,
      instrumentVersion: definition.version,
      enteredBy: input.enteredBy,
      enteredByPractitionerId: input.practitionerId ?? null,
      submittedAt: now,
      answers,
      algorithmVersion: result.algorithmVersion,
      domainScores: result.domainScores,
      pain: result.pain,
      redFlags: [...result.redFlags],
      ranking: result.ranking,
    }),
  );
  // Advice-level flags are shown with the assessment; the others wait for an acknowledgement.
  const toReview = result.redFlags.filter((flag) => flag.urgency !== 'advice');
  await queueRedFlagReviews(manager, assessment, toReview);
  const hasDecision = await hasPriorityDecision(manager, client.id);
  const scores = Object.fromEntries(
    Object.values(result.domainScores).map((d) => [d.domain, d.score]),
  );
  const numbers = Object.values(scores).filter((s): s is number => s !== null);
  await touchClient(manager, client.id, {
    latestScores: scores,
    maxScore: numbers.length ? Math.max(...numbers) : null,
    // The practitioner's decided focus stands until they decide again.
    ...(hasDecision ? {} : { focusDomains: [...result.ranking.focus] }),
    addOpenRedFlags: toReview.length,
    status: client.status === 'intake_pending' ? 'active' : client.status,
    lastActivityAt: now,
  });
  return assessment;
}
