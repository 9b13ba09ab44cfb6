import type {
  Assessment,
  IntakeInvitation,
  RedFlagReview,
} from '@herstelkompas/contracts';
import {
  ALGORITHM_VERSION,
  DOMAIN_IDS,
  type DomainId,
  type DomainScore,
  type PainScores,
  bandFor,
} from '@herstelkompas/domain';

/** A scored domain; `score` null means too few answers. */
export function buildDomainScore(
  domain: DomainId,
  score: number | null,
  overrides: Partial<DomainScore> = {},
): DomainScore {
  return {
    domain,
    score,
    reason: score === null ? 'insufficient_answers' : null,
    answered: score === null ? 1 : 6,
    total: 6,
    minimumAnswered: 4,
    highItems: 0,
    maxItem: score === null ? null : score / 10,
    items: [],
    band: bandFor(score),
    algorithmVersion: ALGORITHM_VERSION,
    ...overrides,
  };
}

export function buildPain(overrides: Partial<PainScores> = {}): PainScores {
  return {
    nprsNow: 6,
    nprsAverage: 7,
    nprsWorst: 9,
    interference: 6,
    activities: [{ label: 'Fietsen naar het werk', effort: 7 }],
    activityEffortMean: 7,
    beliefs: {
      score: 70,
      reason: null,
      answered: 4,
      total: 4,
      minimumAnswered: 3,
      highItems: 2,
      maxItem: 8,
      items: [],
    },
    mindBody: {
      label: {
        nl: 'Aanwijzingen voor neuroplastische pijn (geen diagnose)',
        en: 'Indications of neuroplastic pain (not a diagnosis)',
      },
      count: 2,
      answered: 4,
      total: 4,
      indicators: [],
    },
    ...overrides,
  };
}

/** An assessment with one score per domain (canonical order). */
export function buildAssessment(
  scores: Partial<Record<DomainId, number | null>>,
  overrides: Partial<Assessment> = {},
): Assessment {
  const domainScores = Object.fromEntries(
    DOMAIN_IDS.map((d) => [d, buildDomainScore(d, scores[d] ?? null)]),
  ) as Assessment['domainScores'];
  return {
    id: 'a-1',
    clientId: 'c-1',
    submittedAt: '2026-11-18T14:00:00Z',
    instrument: { id: 'herstelkompas-follow-up', version: 1 },
    variant: 'follow_up',
    enteredBy: 'client',
    enteredByPractitioner: null,
    algorithmVersion: ALGORITHM_VERSION,
    domainScores,
    pain: buildPain(),
    redFlags: [],
    ranking: [],
    suggestedFocus: [],
    pendingMedicalClearance: false,
    answers: {},
    ...overrides,
  };
}

export function buildReview(
  overrides: Partial<RedFlagReview> = {},
): RedFlagReview {
  return {
    id: 'rf-1',
    clientId: 'c-1',
    assessmentId: 'a-1',
    checkInId: null,
    flag: {
      itemId: 'RF-NIGHT',
      condition: 'malignancy',
      urgency: 'gp_review',
      label: {
        nl: 'Nacht- of rustpijn, los van bewegen of houding',
        en: 'Night or rest pain, unrelated to movement or posture',
      },
    },
    raisedAt: '2026-11-22T14:00:00Z',
    acknowledged: null,
    ...overrides,
  };
}

export function buildInvitation(
  overrides: Partial<IntakeInvitation> = {},
): IntakeInvitation {
  return {
    id: 'inv-1',
    clientId: 'c-1',
    variant: 'baseline',
    status: 'sent',
    locked: false,
    createdAt: '2026-11-20T10:00:00Z',
    expiresAt: '2026-12-04T10:00:00Z',
    openedAt: null,
    submittedAt: null,
    revokedAt: null,
    assessmentId: null,
    overdue: false,
    urgentInDraft: false,
    delivery: null,
    ...overrides,
  };
}
