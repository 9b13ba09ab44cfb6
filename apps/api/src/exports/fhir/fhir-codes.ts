import { DOMAINS, type DomainId } from '@herstelkompas/domain';
import type { CodeableConcept, Coding, Reference, Resource } from 'fhir/r4';
import { createHash } from 'node:crypto';

/** Where Herstelkompas's own FHIR definitions live (canonical URLs). */
export const FHIR_BASE = 'https://herstelkompas.nl/fhir';
export const DOMAIN_SYSTEM = `${FHIR_BASE}/CodeSystem/domains`;
export const BAND_SYSTEM = `${FHIR_BASE}/CodeSystem/bands`;

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
