import type {
  ClientDetail,
  ClientSummary,
  PractitionerRef,
} from '@herstelkompas/contracts';
import { formatPersonName, nameSortKey } from '@herstelkompas/domain';
import type { ClientDetailSource, ClientSummarySource } from './client-row';

/** The one place where a stored client becomes what the API answers. */
export function toClientSummary(
  client: ClientSummarySource,
  responsible: PractitionerRef,
): ClientSummary {
  const name = { firstName: client.firstName, lastName: client.lastName };
  return {
    id: client.id,
    firstName: client.firstName,
    lastName: client.lastName,
    displayName: formatPersonName(name),
    sortName: nameSortKey(name),
    dateOfBirth: client.dateOfBirth,
    email: client.email,
    status: client.status,
    tags: client.tags,
    responsiblePractitioner: responsible,
    lastActivityAt: client.lastActivityAt.toISOString(),
    latestScores: client.latestScores,
    focusDomains: client.focusDomains,
    openRedFlagCount: client.openRedFlagCount,
    version: client.version,
  };
}

export function toClientDetail(
  client: ClientDetailSource,
  responsible: PractitionerRef,
  sharedWith: PractitionerRef[],
): ClientDetail {
  return {
    ...toClientSummary(client, responsible),
    phone: client.phone,
    preferredLanguage: client.preferredLanguage,
    painLocation: client.painLocation,
    painDuration: client.painDuration,
    referralSource: client.referralSource,
    gp: client.gp,
    legalBasis: client.legalBasis,
    consent: {
      givenAt: client.consentGivenAt?.toISOString() ?? null,
      privacyStatementVersion: client.consentPrivacyVersion,
      withdrawnAt: client.consentWithdrawnAt?.toISOString() ?? null,
    },
    sharedWith,
    painFocusOff: client.painFocusOff,
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
  };
}
