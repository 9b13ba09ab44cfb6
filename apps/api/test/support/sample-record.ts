import {
  type DomainId,
  HERSTELKOMPAS_FOLLOW_UP_V1,
  HERSTELKOMPAS_INTAKE_V1,
  type RedFlag,
  scoreAssessment,
} from '@herstelkompas/domain';
import type { Appointment } from '../../src/appointments/appointment.entity';
import type { Assessment } from '../../src/assessments/assessment.entity';
import type { CheckIn } from '../../src/check-ins/check-in.entity';
import type { Client } from '../../src/clients/client.entity';
import type { ClientRecordData } from '../../src/exports/client-record';
import type { Goal } from '../../src/goals/goal.entity';
import type { Practice } from '../../src/practices/practice.entity';
import type { Practitioner } from '../../src/practices/practitioner.entity';
import type { PriorityDecision } from '../../src/priority/priority-decision.entity';
import type { RedFlagReview } from '../../src/red-flags/red-flag-review.entity';
import type {
  NoteWithAddenda,
  ReportData,
} from '../../src/reports/report-data';
import { answersAt } from '../../src/seed/demo-answers';

const uuid = (n: number, kind: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
const day = (n: number) => new Date(Date.UTC(2026, 0, 5 + 7 * n, 9, 30));

export const PRACTICE = {
  id: uuid(1, 1),
  name: 'Praktijk Rugwijs',
} as Practice;
export const PRACTITIONER = {
  id: uuid(1, 2),
  practiceId: PRACTICE.id,
  displayName: 'Marloes de Wit',
  email: 'marloes@rugwijs.nl',
} as Practitioner;

export const CLIENT = {
  id: uuid(1, 3),
  practiceId: PRACTICE.id,
  responsiblePractitionerId: PRACTITIONER.id,
  firstName: 'José',
  lastName: 'van der Berg',
  dateOfBirth: '1980-06-15',
  email: 'jose@example.nl',
  phone: null,
  preferredLanguage: 'nl',
  painLocation: null,
  painDuration: null,
  referralSource: null,
  gp: {
    name: null,
    practice: 'Huisartsenpraktijk Oost',
    phone: null,
    email: null,
  },
  tags: [],
  status: 'active',
  legalBasis: 'explicit_consent',
  consentGivenAt: day(0),
  consentPrivacyVersion: '2026-01',
  consentWithdrawnAt: null,
  painFocusOff: false,
  latestScores: null,
  maxScore: null,
  focusDomains: ['sleep', 'stress'],
  openRedFlagCount: 0,
  lastActivityAt: day(1),
  version: 1,
  createdAt: day(0),
  updatedAt: day(0),
} as unknown as Client;

/** An intake scored by libs/domain, disturbance easing week by week. */
function assessment(
  n: number,
  extra: Record<string, 'prefer_not_to_say'> = {},
): Assessment {
  const definition =
    n === 0 ? HERSTELKOMPAS_INTAKE_V1 : HERSTELKOMPAS_FOLLOW_UP_V1;
  const level = (start: number) => Math.max(1, Math.round(start - n * 0.6));
  const answers = answersAt(
    definition,
    {
      stress: level(8),
      breathing: level(5),
      movement: level(6),
      nutrition: 3,
      sleep: level(7),
      immune: 2,
    } as Record<DomainId, number>,
    n === 0 ? { 'RF-CANCER': true, STR6: 'prefer_not_to_say' } : extra,
  );
  const result = scoreAssessment(definition, answers);
  return {
    id: uuid(n + 1, 4),
    practiceId: PRACTICE.id,
    clientId: CLIENT.id,
    invitationId: null,
    variant: n === 0 ? 'baseline' : 'follow_up',
    instrumentId: definition.id,
    instrumentVersion: definition.version,
    enteredBy: 'practitioner',
    enteredByPractitionerId: PRACTITIONER.id,
    submittedAt: day(n),
    answers,
    algorithmVersion: result.algorithmVersion,
    domainScores: result.domainScores,
    pain: result.pain,
    redFlags: [...result.redFlags],
    ranking: result.ranking,
    createdAt: day(n),
  } as Assessment;
}

function note(n: number): NoteWithAddenda {
  const noteId = uuid(n + 1, 5);
  return {
    note: {
      id: noteId,
      practiceId: PRACTICE.id,
      clientId: CLIENT.id,
      authorId: PRACTITIONER.id,
      sessionDate: day(n),
      durationMinutes: 45,
      type: 'coaching',
      domains: ['sleep'],
      painAtStart: 5,
      text: `Sessie ${n + 1}: we bespraken slaap en ontspanning. Cliënt is geïnformeerd over het alarmsysteem.`,
      homework: [],
      nextSteps: null,
      includeInReport: n % 3 !== 2,
      status: n % 5 === 4 ? 'draft' : 'signed',
      signedAt: n % 5 === 4 ? null : day(n),
      version: 1,
      createdAt: day(n),
      updatedAt: day(n),
    },
    addenda:
      n === 0
        ? [
            {
              id: uuid(1, 6),
              practiceId: PRACTICE.id,
              noteId,
              authorId: PRACTITIONER.id,
              text: 'Ademoefening toegevoegd.',
              createdAt: day(1),
            },
          ]
        : [],
  } as NoteWithAddenda;
}

/** A client's report data: `assessments` weekly intakes and `notes` notes. */
export function sampleReportData(
  counts: { assessments?: number; notes?: number } = {},
): ReportData {
  const assessments = Array.from({ length: counts.assessments ?? 2 }, (_, i) =>
    assessment(i),
  );
  const flag = assessments[0]?.redFlags[0] as RedFlag;
  return {
    practice: PRACTICE,
    practitioner: PRACTITIONER,
    client: CLIENT,
    assessments,
    decision: {
      id: uuid(1, 7),
      practiceId: PRACTICE.id,
      clientId: CLIENT.id,
      assessmentId: assessments[0]?.id,
      algorithmVersion: 'intake-v1.0',
      computedRanking: [],
      finalOrder: [
        'sleep',
        'stress',
        'movement',
        'breathing',
        'nutrition',
        'immune',
      ],
      focusDomains: ['sleep', 'stress'],
      reasonCode: 'CHAIN_REACTION_HYPOTHESIS',
      reasonText: 'Beter slapen geeft ruimte voor de rest.',
      differsFromComputed: true,
      decidedById: PRACTITIONER.id,
      decidedAt: day(0),
      supersedesId: null,
    } as unknown as PriorityDecision,
    goals: (
      ['proposed', 'active', 'achieved', 'not_achieved', 'dropped'] as const
    ).map(
      (status, i) =>
        ({
          id: uuid(i + 1, 8),
          practiceId: PRACTICE.id,
          clientId: CLIENT.id,
          domain: i % 2 ? 'sleep' : 'movement',
          description: `Doel ${i + 1}`,
          target:
            i === 1
              ? { kind: 'score_below', value: 40 }
              : i === 2
                ? { kind: 'text', text: 'Elke dag wandelen' }
                : null,
          dueDate: i < 2 ? '2026-06-01' : null,
          status,
          createdById: PRACTITIONER.id,
          createdAt: day(0),
          updatedAt: day(0),
        }) as Goal,
    ),
    notes: Array.from({ length: counts.notes ?? 3 }, (_, i) => note(i)),
    redFlags: flag
      ? [
          {
            id: uuid(1, 9),
            practiceId: PRACTICE.id,
            clientId: CLIENT.id,
            assessmentId: assessments[0]?.id,
            flag,
            raisedAt: day(0),
            acknowledgedAt: day(0),
            acknowledgedById: PRACTITIONER.id,
            action: 'client_informed',
            note: 'besproken met de huisarts',
          } as RedFlagReview,
        ]
      : [],
  };
}

function appointment(
  n: number,
  status: Appointment['status'],
  startAt: Date,
  location: string | null,
  note: string | null,
): Appointment {
  return {
    id: uuid(n, 10),
    practiceId: PRACTICE.id,
    clientId: CLIENT.id,
    practitionerId: PRACTITIONER.id,
    startAt,
    endAt: new Date(startAt.getTime() + 45 * 60_000),
    durationMinutes: 45,
    type: n === 1 ? 'coaching' : 'follow_up',
    location,
    status,
    note,
    createdById: PRACTITIONER.id,
    version: 1,
    createdAt: day(0),
    updatedAt: day(0),
  };
}

/**
 * The same client as a complete record for the export: two intakes (the
 * follow-up filled in by the client by link, the immune domain declined so
 * it has no score), a decision, five goals, two signed notes (one with an
 * addendum) and a draft, an acknowledged red flag, and two appointments:
 * one held (with a location and a note) and one cancelled (without).
 */
export function sampleClientRecord(): ClientRecordData {
  const data = sampleReportData();
  const immune = Object.fromEntries(
    HERSTELKOMPAS_FOLLOW_UP_V1.items
      .filter((i) => i.domain === 'immune')
      .map((i) => [i.id, 'prefer_not_to_say' as const]),
  );
  data.assessments[1] = {
    ...assessment(1, immune),
    enteredBy: 'client',
    enteredByPractitionerId: null,
  } as Assessment;
  const draft = data.notes[2] as NoteWithAddenda;
  draft.note = { ...draft.note, status: 'draft', signedAt: null };
  return {
    exportedAt: '2026-04-10T08:00:00.000Z',
    practice: data.practice,
    client: data.client,
    people: new Map([[PRACTITIONER.id, PRACTITIONER]]),
    shares: [],
    invitations: [],
    assessments: data.assessments,
    decisions: data.decision ? [data.decision] : [],
    notes: data.notes,
    goals: data.goals,
    appointments: [
      appointment(
        1,
        'done',
        day(1),
        'Praktijk Rugwijs, kamer 2',
        'Neemt slaapdagboek mee.',
      ),
      appointment(2, 'cancelled', day(2), null, null),
    ],
    redFlags: data.redFlags,
    messages: [],
    checkIns: [],
    dailyLogs: [],
    homework: [],
    homeworkCompletions: [],
    reports: [],
    accessLog: [],
  };
}

/** A sent weekly check-in of the sample client, with its answers. */
export function sampleCheckIn(over: Partial<CheckIn> = {}): CheckIn {
  const at = new Date('2027-02-01T09:00:00Z');
  return {
    id: 'k-1',
    practiceId: 'p-1',
    clientId: 'c-1',
    week: '2027-W05',
    status: 'submitted',
    painNow: 4,
    stress: 5,
    breathing: 4,
    movement: 6,
    nutrition: 3,
    sleep: 5,
    immune: 2,
    movementSafety: 6,
    homeworkDone: [],
    note: 'Rustige week.',
    redFlagsYes: [],
    submittedAt: at,
    createdAt: at,
    updatedAt: at,
    ...over,
  } as CheckIn;
}
