import type { GoalStatus } from '@herstelkompas/contracts';
import { DOMAINS, REASON_CODE_LABELS } from '@herstelkompas/domain';
import type {
  CarePlan,
  Consent,
  Goal,
  Organization,
  Patient,
  Practitioner as FhirPractitioner,
} from 'fhir/r4';
import type { ClientRecordData } from '../client-record';
import {
  domainConcept,
  reference,
  scoreQuantity,
  stableUuid,
} from './fhir-codes';

const GOAL_LIFECYCLE: Record<
  GoalStatus,
  Pick<Goal, 'lifecycleStatus' | 'achievementStatus'>
> = {
  proposed: { lifecycleStatus: 'proposed' },
  active: { lifecycleStatus: 'active' },
  achieved: {
    lifecycleStatus: 'completed',
    achievementStatus: achievement('achieved'),
  },
  not_achieved: {
    lifecycleStatus: 'completed',
    achievementStatus: achievement('not-achieved'),
  },
  dropped: { lifecycleStatus: 'cancelled' },
};

function achievement(code: string) {
  return {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
        code,
      },
    ],
  };
}

export function goals(
  data: ClientRecordData,
  subject: Patient,
  authors: Map<string, FhirPractitioner>,
): Goal[] {
  return data.goals.map((g) => ({
    resourceType: 'Goal',
    id: g.id,
    ...GOAL_LIFECYCLE[g.status],
    category: [domainConcept(g.domain)],
    description: { text: g.description },
    subject: reference(subject),
    startDate: g.createdAt.toISOString().slice(0, 10),
    ...(authors.has(g.createdById)
      ? {
          expressedBy: reference(
            authors.get(g.createdById) as FhirPractitioner,
          ),
        }
      : {}),
    ...(g.target || g.dueDate
      ? {
          target: [
            {
              // gol-1: a target with a detail names its measure.
              ...(g.target ? { measure: domainConcept(g.domain) } : {}),
              ...(g.target?.kind === 'score_below'
                ? {
                    detailQuantity: {
                      ...scoreQuantity(g.target.value),
                      comparator: '<' as const,
                    },
                  }
                : {}),
              ...(g.target?.kind === 'text'
                ? { detailString: g.target.text }
                : {}),
              ...(g.dueDate ? { dueDate: g.dueDate } : {}),
            },
          ],
        }
      : {}),
  }));
}

/** The current priority decision: a plan with one activity per focus domain. */
export function carePlan(
  data: ClientRecordData,
  subject: Patient,
  goalList: Goal[],
  authors: Map<string, FhirPractitioner>,
): CarePlan | null {
  const decision = data.decisions.at(-1);
  if (!decision) return null;
  const author = authors.get(decision.decidedById);
  const order = decision.finalOrder.map((d) => DOMAINS[d].name.nl).join(', ');
  return {
    resourceType: 'CarePlan',
    id: decision.id,
    status: data.client.status === 'completed' ? 'completed' : 'active',
    intent: 'plan',
    title: 'Prioriteiten',
    description: `Volgorde: ${order}. Reden: ${REASON_CODE_LABELS[decision.reasonCode].nl}.`,
    subject: reference(subject),
    created: decision.decidedAt.toISOString(),
    ...(author ? { author: reference(author, author.name?.[0]?.text) } : {}),
    // The client's goals are this plan's goals; each focus activity also
    // names the goals of its own domain.
    goal: goalList.map((g) => reference(g, g.description.text)),
    activity: decision.focusDomains.map((domain) => ({
      detail: {
        status: 'in-progress' as const,
        code: domainConcept(domain),
        goal: goalList
          .filter((g) => g.category?.[0]?.coding?.[0]?.code === domain)
          .map((g) => reference(g, g.description.text)),
        description: DOMAINS[domain].referrerSummary.nl,
      },
    })),
    ...(decision.reasonText ? { note: [{ text: decision.reasonText }] } : {}),
  };
}

export function consent(
  data: ClientRecordData,
  subject: Patient,
  org: Organization,
): Consent {
  const { client } = data;
  const status = client.consentWithdrawnAt
    ? 'inactive'
    : client.consentGivenAt
      ? 'active'
      : 'proposed';
  return {
    resourceType: 'Consent',
    id: stableUuid('consent', client.id),
    status,
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
        },
      ],
    },
    category: [
      {
        coding: [
          {
            system: 'http://loinc.org',
            code: '59284-0',
            display: 'Patient Consent',
          },
        ],
      },
    ],
    patient: reference(subject),
    ...(client.consentGivenAt
      ? { dateTime: client.consentGivenAt.toISOString() }
      : {}),
    organization: [reference(org)],
    policyRule: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
          code: 'OPTIN',
        },
      ],
      text:
        client.legalBasis === 'explicit_consent'
          ? `Uitdrukkelijke toestemming (AVG art. 9 lid 2a), privacyverklaring ${client.consentPrivacyVersion ?? 'onbekend'}`
          : 'Zorgverlener met geheimhoudingsplicht (AVG art. 9 lid 2h)',
    },
    ...(client.consentWithdrawnAt
      ? {
          provision: {
            type: 'deny' as const,
            period: { start: client.consentWithdrawnAt.toISOString() },
          },
        }
      : { provision: { type: 'permit' as const } }),
  };
}
