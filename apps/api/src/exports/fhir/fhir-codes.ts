import { DOMAINS, type DomainId } from '@herstelkompas/domain';
import type {
  CodeableConcept,
  Coding,
  Quantity,
  Reference,
  Resource,
} from 'fhir/r4';
import { createHash } from 'node:crypto';

/**
 * Where Herstelkompas's own FHIR definitions live (canonical URLs): every
 * code system, naming system and extension of ours hangs under this base.
 */
export const FHIR_BASE = 'https://herstelkompas.nl/fhir';
export const DOMAIN_SYSTEM = `${FHIR_BASE}/CodeSystem/domains`;
export const BAND_SYSTEM = `${FHIR_BASE}/CodeSystem/bands`;
export const PAIN_MEASURE_SYSTEM = `${FHIR_BASE}/CodeSystem/pain-measures`;
export const RED_FLAG_CONDITION_SYSTEM = `${FHIR_BASE}/CodeSystem/red-flag-conditions`;
export const RED_FLAG_URGENCY_SYSTEM = `${FHIR_BASE}/CodeSystem/red-flag-urgencies`;
export const RED_FLAG_ACTION_SYSTEM = `${FHIR_BASE}/CodeSystem/red-flag-actions`;
export const SESSION_TYPE_SYSTEM = `${FHIR_BASE}/CodeSystem/session-types`;
export const APPOINTMENT_TYPE_SYSTEM = `${FHIR_BASE}/CodeSystem/appointment-types`;
export const REASON_SYSTEM = `${FHIR_BASE}/CodeSystem/priority-reasons`;
/** The answer options of one instrument (all its versions share the url). */
export const answerSystem = (instrumentId: string) =>
  `${FHIR_BASE}/CodeSystem/${instrumentId}-answers`;

/** A client's number within one practice: the practice is the namespace. */
export const clientIdentifierSystem = (practiceId: string) =>
  `${FHIR_BASE}/sid/practice/${practiceId}/client`;
export const PRACTICE_IDENTIFIER_SYSTEM = `${FHIR_BASE}/sid/practice`;
export const PRACTITIONER_IDENTIFIER_SYSTEM = `${FHIR_BASE}/sid/practitioner`;

export const RED_FLAG_ITEM_EXTENSION = `${FHIR_BASE}/StructureDefinition/red-flag-item`;
export const ACKNOWLEDGEMENT_EXTENSION = `${FHIR_BASE}/StructureDefinition/red-flag-acknowledgement`;

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
/** LOINC's NPRS: "Pain severity - 0-10 verbal numeric rating [Score] - Reported". */
export const NPRS_LOINC: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

/** A score (0-100 domain score, 0-10 rating) in UCUM: a dimensionless annotation. */
export function scoreQuantity(value: number): Quantity {
  return { value, unit: 'score', system: UCUM, code: '{score}' };
}

/**
 * A UUID derived from its parts (name-based, like UUID v5): the same record
 * always gives the same bundle, and ids never collide across resources.
 */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Entries are addressed as `urn:uuid:<id>`; references use the same. */
export const fullUrl = (id: string): string => `urn:uuid:${id}`;

export function reference(
  resource: Resource & { id?: string },
  display?: string,
): Reference {
  return {
    reference: fullUrl(resource.id as string),
    type: resource.resourceType,
    ...(display ? { display } : {}),
  };
}

export function domainCoding(domain: DomainId): Coding {
  return {
    system: DOMAIN_SYSTEM,
    code: domain,
    display: DOMAINS[domain].name.nl,
  };
}

export function domainConcept(domain: DomainId): CodeableConcept {
  return { coding: [domainCoding(domain)], text: DOMAINS[domain].name.nl };
}
