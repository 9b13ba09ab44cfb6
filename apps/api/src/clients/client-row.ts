import type {
  ClientStatus,
  GeneralPractitioner,
  Language,
  LegalBasis,
} from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import type { Client } from './client.entity';

/**
 * The client columns the list and the profile answer with, read as plain
 * rows. The date of birth is formatted in SQL: pg would otherwise turn a
 * `date` into a JavaScript Date at local midnight.
 */
export const CLIENT_COLUMNS = `c.id, c.practice_id, c.responsible_practitioner_id,
  c.first_name, c.last_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
  c.email, c.status, c.tags, c.last_activity_at, c.latest_scores,
  c.focus_domains, c.open_red_flag_count, c.version`;

/** The profile's extra columns. */
export const CLIENT_DETAIL_COLUMNS = `c.phone, c.preferred_language,
  c.pain_location, c.pain_duration, c.referral_source, c.gp, c.legal_basis,
  c.consent_given_at, c.consent_privacy_version, c.consent_withdrawn_at,
  c.pain_focus_off, c.created_at, c.updated_at`;

export interface ClientRow {
  id: string;
  practice_id: string;
  responsible_practitioner_id: string;
  first_name: string;
  last_name: string;
  date_of_birth: string;
  email: string;
  status: ClientStatus;
  tags: string[];
  last_activity_at: Date;
  latest_scores: Partial<Record<DomainId, number | null>> | null;
  focus_domains: DomainId[];
  open_red_flag_count: number;
  version: number;
}

export interface ClientDetailRow extends ClientRow {
  phone: string | null;
  preferred_language: Language;
  pain_location: string | null;
  pain_duration: string | null;
  referral_source: string | null;
  gp: GeneralPractitioner | null;
  legal_basis: LegalBasis;
  consent_given_at: Date | null;
  consent_privacy_version: string | null;
  consent_withdrawn_at: Date | null;
  pain_focus_off: boolean;
  created_at: Date;
  updated_at: Date;
}

/** What the mapper reads of a client: the entity has it, and so has a row mapped here. */
export type ClientSummarySource = Pick<
  Client,
  | 'id'
  | 'practiceId'
  | 'responsiblePractitionerId'
  | 'firstName'
  | 'lastName'
  | 'dateOfBirth'
  | 'email'
  | 'status'
  | 'tags'
  | 'lastActivityAt'
  | 'latestScores'
  | 'focusDomains'
  | 'openRedFlagCount'
  | 'version'
>;

export type ClientDetailSource = ClientSummarySource &
  Pick<
    Client,
    | 'phone'
    | 'preferredLanguage'
    | 'painLocation'
    | 'painDuration'
    | 'referralSource'
    | 'gp'
    | 'legalBasis'
    | 'consentGivenAt'
    | 'consentPrivacyVersion'
    | 'consentWithdrawnAt'
    | 'painFocusOff'
    | 'createdAt'
    | 'updatedAt'
  >;

export function fromClientRow(row: ClientRow): ClientSummarySource {
  return {
    id: row.id,
    practiceId: row.practice_id,
    responsiblePractitionerId: row.responsible_practitioner_id,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    status: row.status,
    tags: row.tags,
    lastActivityAt: row.last_activity_at,
    latestScores: row.latest_scores,
    focusDomains: row.focus_domains,
    openRedFlagCount: row.open_red_flag_count,
    version: row.version,
  };
}

export function fromClientDetailRow(row: ClientDetailRow): ClientDetailSource {
  return {
    ...fromClientRow(row),
    phone: row.phone,
    preferredLanguage: row.preferred_language,
    painLocation: row.pain_location,
    painDuration: row.pain_duration,
    referralSource: row.referral_source,
    gp: row.gp,
    legalBasis: row.legal_basis,
    consentGivenAt: row.consent_given_at,
    consentPrivacyVersion: row.consent_privacy_version,
    consentWithdrawnAt: row.consent_withdrawn_at,
    painFocusOff: row.pain_focus_off,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
