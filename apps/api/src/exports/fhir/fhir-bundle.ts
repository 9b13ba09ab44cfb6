import {
  DOMAIN_LIST,
  getInstrument,
  type InstrumentDefinition,
} from '@herstelkompas/domain';
import type {
  Bundle,
  CodeSystem,
  FhirResource,
  Organization,
  Patient,
  Practitioner as FhirPractitioner,
} from 'fhir/r4';
import type { Practitioner } from '../../practices/practitioner.entity';
import type { ClientRecordData } from '../client-record';
import {
  domainObservations,
  questionnaire,
  questionnaireResponse,
} from './fhir-assessments';
import { carePlan, consent, goals } from './fhir-care';
import { DOMAIN_SYSTEM, fullUrl, reference, stableUuid } from './fhir-codes';

function organization(data: ClientRecordData): Organization {
  return {
    resourceType: 'Organization',
    id: data.practice.id,
    name: data.practice.name,
  };
}

function practitioner(person: Practitioner): FhirPractitioner {
  return {
    resourceType: 'Practitioner',
    id: person.id,
    name: [{ text: person.displayName }],
    telecom: [{ system: 'email', value: person.email }],
  };
}

function patient(data: ClientRecordData, org: Organization): Patient {
  const { client } = data;
  return {
    resourceType: 'Patient',
    id: client.id,
    name: [
      {
        use: 'official',
        text: `${client.firstName} ${client.lastName}`.trim(),
        // Dutch surnames keep their tussenvoegsel as typed ("van der Berg").
        family: client.lastName,
        given: [client.firstName],
      },
    ],
    birthDate: client.dateOfBirth,
    telecom: [
      { system: 'email', value: client.email },
      ...(client.phone
        ? [{ system: 'phone' as const, value: client.phone }]
        : []),
    ],
    communication: [
      {
        language: {
          coding: [
            { system: 'urn:ietf:bcp:47', code: client.preferredLanguage },
          ],
        },
        preferred: true,
      },
    ],
    managingOrganization: reference(org, data.practice.name),
    ...(client.gpName
      ? { generalPractitioner: [{ display: client.gpName }] }
      : {}),
  };
}

/** The six domains as a local code system, so the bundle explains its codes. */
function domainCodeSystem(): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id: stableUuid('codesystem', DOMAIN_SYSTEM),
    url: DOMAIN_SYSTEM,
    name: 'HerstelkompasDomains',
    title: 'Herstelkompas-domeinen',
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    concept: DOMAIN_LIST.map((d) => ({
      code: d.id,
      display: d.name.nl,
      definition: d.referrerSummary.nl,
    })),
  };
}

/**
 * The client's record as a FHIR R4 `collection` Bundle: Patient, the
 * practice and its practitioners, the instruments as Questionnaires, each
 * intake as a QuestionnaireResponse with an Observation per domain score,
 * goals, the priority plan and the consent.
 */
export function fhirBundle(data: ClientRecordData): Bundle {
  const org = organization(data);
  const subject = patient(data, org);
  const authors = new Map(
    [
      data.client.responsiblePractitionerId,
      ...data.decisions.map((d) => d.decidedById),
    ]
      .map((id) => data.people.get(id))
      .filter((p): p is Practitioner => !!p)
      .map((p) => [p.id, practitioner(p)]),
  );
  const instruments = new Map<string, InstrumentDefinition>();
  for (const a of data.assessments) {
    const definition = getInstrument(a.instrumentId, a.instrumentVersion);
    if (definition)
      instruments.set(`${definition.id}|${definition.version}`, definition);
  }
  const assessments = data.assessments.flatMap((a) => {
    const definition = instruments.get(
      `${a.instrumentId}|${a.instrumentVersion}`,
    );
    if (!definition) return [];
    const response = questionnaireResponse(a, definition, subject);
    return [response, ...domainObservations(a, response, subject)];
  });
  const goalList = goals(data, subject);
  const plan = carePlan(data, subject, goalList, authors);
  const resources: FhirResource[] = [
    subject,
    org,
    ...authors.values(),
    domainCodeSystem(),
    ...[...instruments.values()].map(questionnaire),
    ...assessments,
    ...goalList,
    ...(plan ? [plan] : []),
    consent(data, subject, org),
  ];
  return {
    resourceType: 'Bundle',
    id: stableUuid('bundle', data.client.id, data.exportedAt),
    type: 'collection',
    timestamp: data.exportedAt,
    entry: resources.map((resource) => ({
      fullUrl: fullUrl(resource.id as string),
      resource,
    })),
  };
}
