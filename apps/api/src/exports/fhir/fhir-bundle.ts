import {
  getInstrument,
  type InstrumentDefinition,
} from '@herstelkompas/domain';
import type { GeneralPractitioner } from '@herstelkompas/contracts';
import type {
  Bundle,
  ContactPoint,
  FhirResource,
  Organization,
  Patient,
  Practitioner as FhirPractitioner,
  QuestionnaireResponse,
} from 'fhir/r4';
import type { Practitioner } from '../../practices/practitioner.entity';
import type { ClientRecordData } from '../client-record';
import {
  domainObservations,
  painObservation,
  questionnaire,
  questionnaireResponse,
} from './fhir-assessments';
import { appointments } from './fhir-appointments';
import { communications } from './fhir-communications';
import { carePlan, consent, goals } from './fhir-care';
import { answerCodeSystem, fixedCodeSystems } from './fhir-code-systems';
import {
  clientIdentifierSystem,
  fullUrl,
  PRACTICE_IDENTIFIER_SYSTEM,
  PRACTITIONER_IDENTIFIER_SYSTEM,
  reference,
  stableUuid,
} from './fhir-codes';
import { redFlags } from './fhir-flags';
import { narrative } from './fhir-narrative';
import { noteDocuments } from './fhir-notes';
import { checkInQuestionnaire, checkInResponses } from './fhir-check-ins';
import { homeworkPlans } from './fhir-homework';
import { pruneEmpty } from './fhir-prune';

function organization(data: ClientRecordData): Organization {
  return {
    resourceType: 'Organization',
    id: data.practice.id,
    identifier: [
      { system: PRACTICE_IDENTIFIER_SYSTEM, value: data.practice.id },
    ],
    active: true,
    name: data.practice.name,
  };
}

function practitioner(person: Practitioner): FhirPractitioner {
  return {
    resourceType: 'Practitioner',
    id: person.id,
    identifier: [{ system: PRACTITIONER_IDENTIFIER_SYSTEM, value: person.id }],
    name: [{ text: person.displayName }],
    telecom: person.email ? [{ system: 'email', value: person.email }] : [],
  };
}

function patient(data: ClientRecordData, org: Organization): Patient {
  const { client } = data;
  return {
    resourceType: 'Patient',
    id: client.id,
    // The client's number in this practice: the practice is its namespace.
    identifier: [
      {
        use: 'usual',
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
              code: 'MR',
              display: 'Medical record number',
            },
          ],
        },
        system: clientIdentifierSystem(data.practice.id),
        value: client.id,
        assigner: reference(org, data.practice.name),
      },
    ],
    active: client.status !== 'archived',
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
    ...generalPractitioner(client.gp),
  };
}

/**
 * The client's GP, contained in the Patient: the practice does not manage
 * the GP as a resource of its own, but a receiving system still gets the
 * phone number and e-mail address to reach them. A named GP is a
 * Practitioner; a GP known by the practice name only is an Organization.
 */
function generalPractitioner(
  gp: GeneralPractitioner | null,
): Pick<Patient, 'contained' | 'generalPractitioner'> {
  if (!gp || !(gp.name || gp.practice || gp.phone || gp.email)) return {};
  const telecom: ContactPoint[] = [
    ...(gp.phone ? [{ system: 'phone' as const, value: gp.phone }] : []),
    ...(gp.email ? [{ system: 'email' as const, value: gp.email }] : []),
  ];
  const contained: FhirPractitioner | Organization =
    gp.name || !gp.practice
      ? {
          resourceType: 'Practitioner',
          id: 'gp',
          ...(gp.name ? { name: [{ text: gp.name }] } : {}),
          telecom,
        }
      : { resourceType: 'Organization', id: 'gp', name: gp.practice, telecom };
  return {
    contained: [contained],
    generalPractitioner: [
      {
        reference: '#gp',
        type: contained.resourceType,
        display: gpDisplay(gp),
      },
    ],
  };
}

/** Everyone the bundle names as author, enterer or acknowledger. */
function authorIds(data: ClientRecordData): string[] {
  return [
    data.client.responsiblePractitionerId,
    ...data.assessments.map((a) => a.enteredByPractitionerId),
    ...data.decisions.map((d) => d.decidedById),
    ...data.goals.map((g) => g.createdById),
    ...data.appointments.map((a) => a.practitionerId),
    ...data.notes.flatMap((n) => [
      n.note.authorId,
      ...n.addenda.map((a) => a.authorId),
    ]),
    ...data.redFlags.map((r) => r.acknowledgedById),
    ...data.messages.map((m) => m.practitionerId),
    ...data.homework.map((h) => h.createdById),
  ].filter((id): id is string => typeof id === 'string');
}

/**
 * The client's record as a FHIR R4 `collection` Bundle: the Patient, the
 * practice and the practitioners who act in the record, our code systems,
 * the instruments as Questionnaires, each intake as a QuestionnaireResponse
 * with an Observation per domain score and one for pain, red flags as
 * Flags, session notes and addenda as DocumentReferences, goals, the
 * priority plan, the appointments, portal messages as Communications, the
 * client's weekly check-ins as QuestionnaireResponses tagged self-reported
 * (kept apart from the intake's), homework as a CarePlan per assignment with
 * the client's ticks as progress, and the consent. Every resource carries a generated
 * narrative; empty elements are left out.
 */
export function fhirBundle(data: ClientRecordData): Bundle {
  const org = organization(data);
  const subject = patient(data, org);
  const authors = new Map<string, FhirPractitioner>();
  for (const id of authorIds(data)) {
    const person = data.people.get(id);
    if (person && !authors.has(id)) authors.set(id, practitioner(person));
  }
  // The instrument each assessment names, by id and version: a new version
  // flows through as it is defined.
  const instruments = new Map<string, InstrumentDefinition>();
  for (const a of data.assessments) {
    const definition = getInstrument(a.instrumentId, a.instrumentVersion);
    if (definition)
      instruments.set(`${definition.id}|${definition.version}`, definition);
  }
  const responses = new Map<string, QuestionnaireResponse>();
  const assessments = data.assessments.flatMap((a) => {
    const definition = instruments.get(
      `${a.instrumentId}|${a.instrumentVersion}`,
    );
    if (!definition) return [];
    const enteredBy = a.enteredByPractitionerId
      ? authors.get(a.enteredByPractitionerId)
      : undefined;
    const response = questionnaireResponse(a, definition, subject, enteredBy);
    responses.set(a.id, response);
    const pain = painObservation(a, response, subject);
    return [
      response,
      ...domainObservations(a, response, subject),
      ...(pain ? [pain] : []),
    ];
  });
  // Check-ins are the client's own estimate: their own responses, no Observations.
  const checkIns = checkInResponses(data, subject);
  for (const { checkInId, response } of checkIns)
    responses.set(checkInId, response);
  const goalList = goals(data, subject, authors);
  const plan = carePlan(data, subject, goalList, authors);
  const resources: FhirResource[] = [
    subject,
    org,
    ...authors.values(),
    ...fixedCodeSystems(),
    ...[...instruments.values()].map(answerCodeSystem),
    ...[...instruments.values()].map(questionnaire),
    ...assessments,
    ...redFlags(data, subject, org, responses, authors),
    ...noteDocuments(data, subject, org, authors),
    ...goalList,
    ...(plan ? [plan] : []),
    ...appointments(data, subject, authors),
    ...communications(data, subject, org, authors),
    ...(checkIns.length ? [checkInQuestionnaire()] : []),
    ...checkIns.map((c) => c.response),
    ...homeworkPlans(data, subject, authors),
    consent(data, subject, org),
  ];
  // Each resource is pruned on its own; the bundle around them is never empty.
  return {
    resourceType: 'Bundle',
    id: stableUuid('bundle', data.client.id, data.exportedAt),
    type: 'collection',
    timestamp: data.exportedAt,
    entry: resources.map((resource) => {
      // The narrative summarises the finished resource, empties left out.
      const finished = pruneEmpty(resource);
      const { resourceType, id, ...rest } = finished;
      return {
        fullUrl: fullUrl(id as string),
        resource: {
          resourceType,
          id,
          text: narrative(finished),
          ...rest,
        } as FhirResource,
      };
    }),
  };
}

/** "Dr. Smit, Huisartsenpraktijk De Linde": the GP as a reader knows them. */
function gpDisplay(gp: GeneralPractitioner): string {
  return [gp.name, gp.practice].filter(Boolean).join(', ');
}
