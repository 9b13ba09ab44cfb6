import type { Assessment as AssessmentDto } from '@herstelkompas/contracts';
import type { Assessment } from './assessment.entity';

export function toAssessment(
  a: Assessment,
  enteredByName?: string,
): AssessmentDto {
  return {
    id: a.id,
    clientId: a.clientId,
    submittedAt: a.submittedAt.toISOString(),
    instrument: { id: a.instrumentId, version: a.instrumentVersion },
    variant: a.variant,
    enteredBy: a.enteredBy,
    enteredByPractitioner: a.enteredByPractitionerId
      ? { id: a.enteredByPractitionerId, displayName: enteredByName ?? '' }
      : null,
    algorithmVersion: a.algorithmVersion,
    domainScores: a.domainScores,
    pain: a.pain,
    redFlags: a.redFlags,
    ranking: [...a.ranking.entries],
    suggestedFocus: [...a.ranking.focus],
    pendingMedicalClearance: a.ranking.pendingMedicalClearance,
    answers: a.answers,
  };
}
