import type {
  Assessment,
  Goal,
  PriorityDecisionRecord,
  RedFlagReview,
  SessionNote,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import type { ReportSources } from '../app/client-report/report-input';
import { buildClient } from './build-client';

/**
 * An assessment as `GET /api/clients/:id/assessments` lists it, with only
 * what a report reads filled in: domain scores (30 unless given) and pain.
 */
export function buildAssessment(
  id: string,
  submittedAt: string,
  scores: Partial<Record<DomainId, number | null>> = {},
  nprsAverage = 6,
): Assessment {
  const domainScores = Object.fromEntries(
    DOMAIN_IDS.map((d) => [d, { score: d in scores ? scores[d] : 30 }]),
  );
  return {
    id,
    clientId: 'c-1',
    submittedAt,
    instrument: { id: 'herstelkompas-intake', version: 1 },
    variant: 'follow_up',
    enteredBy: 'client',
    enteredByPractitioner: null,
    algorithmVersion: 'intake-v1.0',
    domainScores: domainScores as unknown as Assessment['domainScores'],
    pain: {
      nprsNow: 5,
      nprsAverage,
      nprsWorst: 8,
      interference: 5,
      activityEffortMean: 4,
      beliefs: { score: 60 },
    } as unknown as Assessment['pain'],
    redFlags: [],
    ranking: [],
    suggestedFocus: [],
    pendingMedicalClearance: false,
    answers: {},
  };
}

export function buildNote(overrides: Partial<SessionNote> = {}): SessionNote {
  return {
    id: 'n-1',
    clientId: 'c-1',
    sessionDate: '2026-10-01T09:00:00.000Z',
    durationMinutes: 50,
    type: 'coaching',
    domains: ['sleep'],
    painAtStart: 5,
    text: 'Slaapritueel besproken.',
    homework: [],
    nextSteps: null,
    includeInReport: true,
    status: 'signed',
    author: { id: 'p-1', displayName: 'Sanne de Vries' },
    signedAt: '2026-10-01T10:00:00.000Z',
    addenda: [],
    version: 2,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g-1',
    clientId: 'c-1',
    domain: 'sleep',
    description: 'Vijf avonden per week voor 23:00 naar bed',
    target: null,
    dueDate: '2026-12-31',
    status: 'active',
    progress: null,
    createdAt: '2026-09-10T09:00:00.000Z',
    updatedAt: '2026-09-10T09:00:00.000Z',
    ...overrides,
  };
}

export function buildDecision(
  overrides: Partial<PriorityDecisionRecord> = {},
): PriorityDecisionRecord {
  return {
    id: 'd-1',
    assessmentId: 'a-3',
    algorithmVersion: 'intake-v1.0',
    computedRanking: [],
    order: ['sleep', 'stress', 'breathing', 'movement', 'nutrition', 'immune'],
    focusDomains: ['sleep', 'stress'],
    reasonCode: 'CLINICAL_JUDGEMENT',
    reasonText: 'Slaap eerst.',
    differsFromComputed: true,
    decidedBy: { id: 'p-1', displayName: 'Sanne de Vries' },
    decidedAt: '2026-11-19T09:00:00.000Z',
    supersedesId: null,
    ...overrides,
  };
}

export function buildRedFlag(
  overrides: Partial<RedFlagReview> = {},
): RedFlagReview {
  return {
    id: 'rf-1',
    clientId: 'c-1',
    assessmentId: 'a-1',
    checkInId: null,
    flag: {
      itemId: 'RF1',
      condition: 'fracture',
      urgency: 'gp_review',
      label: { nl: 'Val of ongeluk', en: 'Fall or accident' },
    },
    raisedAt: '2026-09-02T10:00:00.000Z',
    acknowledged: null,
    ...overrides,
  };
}

/** Three assessments (newest first, as the API lists them) and the rest. */
export function buildReportSources(
  overrides: Partial<ReportSources> = {},
): ReportSources {
  return {
    practiceName: 'Praktijk Veerkracht',
    client: buildClient({ id: 'c-1' }),
    assessments: [
      buildAssessment('a-3', '2026-11-18T14:00:00.000Z', { stress: 30 }, 3),
      buildAssessment('a-2', '2026-10-14T14:00:00.000Z', { stress: 50 }, 5),
      buildAssessment('a-1', '2026-09-02T14:00:00.000Z', { stress: 80 }, 7),
    ],
    decision: buildDecision(),
    goals: [buildGoal()],
    notes: [],
    redFlags: [],
    ...overrides,
  };
}
