import type { DomainId } from '@herstelkompas/domain';
import type { Language } from './auth';

/** Where a client is in their trajectory. */
export type ClientStatus =
  'intake_pending' | 'active' | 'paused' | 'completed' | 'archived';
export const CLIENT_STATUSES: readonly ClientStatus[] = [
  'intake_pending',
  'active',
  'paused',
  'completed',
  'archived',
];

/**
 * AVG art. 9 basis for processing health data: explicit consent (a coach), or
 * the care-provider exception with a duty of confidentiality (art. 9(2)(h)).
 */
export type LegalBasis = 'explicit_consent' | 'care_provider';
export const LEGAL_BASES: readonly LegalBasis[] = [
  'explicit_consent',
  'care_provider',
];

export interface PractitionerRef {
  id: string;
  displayName: string;
}

export interface ConsentRecord {
  givenAt: string | null;
  privacyStatementVersion: string | null;
  withdrawnAt: string | null;
}

/** A row of the client list: everything the list shows, without further requests. */
export interface ClientSummary {
  id: string;
  firstName: string;
  lastName: string;
  /** "Jan van der Berg": first name and last name as typed. */
  displayName: string;
  /** "Berg, Jan van der": how Dutch lists sort and show names. */
  sortName: string;
  dateOfBirth: string;
  email: string;
  status: ClientStatus;
  tags: string[];
  responsiblePractitioner: PractitionerRef;
  lastActivityAt: string;
  /** Latest domain scores (0-100, null when not scorable); null before the first intake. */
  latestScores: Partial<Record<DomainId, number | null>> | null;
  focusDomains: DomainId[];
  openRedFlagCount: number;
  /** Optimistic-concurrency version: send it back with every change. */
  version: number;
  /** Start of the next planned appointment (ISO); filled by the client list only. */
  nextAppointmentAt?: string | null;
  /** When the next scheduled follow-up invitation is made (ISO); null without a schedule. */
  nextFollowUpAt?: string | null;
  /** The client's portal messages no practitioner has read yet (list and detail). */
  unreadMessages?: number;
}

/** A client's GP: each part may be unknown. */
export interface GeneralPractitioner {
  name: string | null;
  practice: string | null;
  phone: string | null;
  email: string | null;
}

export interface ClientDetail extends ClientSummary {
  phone: string | null;
  preferredLanguage: Language;
  painLocation: string | null;
  painDuration: string | null;
  referralSource: string | null;
  /** The client's GP (to address a letter to), or null. */
  gp: GeneralPractitioner | null;
  legalBasis: LegalBasis;
  consent: ConsentRecord;
  sharedWith: PractitionerRef[];
  painFocusOff: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/clients`. */
export interface CreateClientRequest {
  firstName: string;
  lastName: string;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string;
  email: string;
  phone?: string | null;
  preferredLanguage?: Language;
  painLocation?: string | null;
  painDuration?: string | null;
  referralSource?: string | null;
  /** The whole GP: every field given replaces what was stored. */
  gp?: GeneralPractitioner | null;
  tags?: string[];
  /** Defaults to the caller. */
  responsiblePractitionerId?: string;
  legalBasis?: LegalBasis;
}

/** Body of `PATCH /api/clients/:id`: any fields, plus the version they were based on. */
export interface UpdateClientRequest extends Partial<CreateClientRequest> {
  version: number;
  status?: Exclude<ClientStatus, 'archived'>;
  painFocusOff?: boolean;
}

/** Body of `PUT /api/clients/:id/shares`. */
export interface UpdateSharesRequest {
  practitionerIds: string[];
}

export type ClientSort =
  | 'name'
  | '-name'
  | 'lastActivity'
  | '-lastActivity'
  | 'score'
  | '-score'
  | 'created'
  | '-created';
export const CLIENT_SORTS: readonly ClientSort[] = [
  'name',
  '-name',
  'lastActivity',
  '-lastActivity',
  'score',
  '-score',
  'created',
  '-created',
];

/** Query of `GET /api/clients`. */
/**
 * The list's status filter. Without one the list shows the clients still in
 * care (waiting for intake, active, paused); `unarchived` adds completed
 * ones, for pickers where a finished client still matters (a closing
 * report); a status shows only that one.
 */
export type ClientListStatus = ClientStatus | 'unarchived';
export const CLIENT_LIST_STATUSES: readonly ClientListStatus[] = [
  ...CLIENT_STATUSES,
  'unarchived',
];

export interface ClientListQuery {
  search?: string;
  status?: ClientListStatus;
  practitionerId?: string;
  focusDomain?: DomainId;
  tag?: string;
  sort?: ClientSort;
  page?: number;
  pageSize?: number;
}
