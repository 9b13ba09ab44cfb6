import type {
  ClientDetail,
  ClientSummary,
  Page,
  TeamMember,
} from '@herstelkompas/contracts';

/** A client as the list shows it; override what the test is about. */
export function buildClientSummary(
  overrides: Partial<ClientSummary> = {},
): ClientSummary {
  return {
    id: 'c-1',
    firstName: 'Jan',
    lastName: 'van der Berg',
    displayName: 'Jan van der Berg',
    sortName: 'Berg, Jan van der',
    dateOfBirth: '1978-04-23',
    email: 'jan@example.nl',
    status: 'active',
    tags: ['rug'],
    responsiblePractitioner: { id: 'p-1', displayName: 'Sanne de Vries' },
    lastActivityAt: '2026-11-10T09:30:00Z',
    latestScores: null,
    focusDomains: ['sleep', 'stress'],
    openRedFlagCount: 0,
    version: 3,
    ...overrides,
  };
}

/** A client as the client page and form load it. */
export function buildClient(
  overrides: Partial<ClientDetail> = {},
): ClientDetail {
  return {
    ...buildClientSummary(),
    phone: '06 12345678',
    preferredLanguage: 'nl',
    painLocation: 'onderrug',
    painDuration: 'sinds 2 jaar',
    referralSource: null,
    gp: { name: 'Dr. Jansen', practice: null, phone: null, email: null },
    legalBasis: 'explicit_consent',
    consent: {
      givenAt: null,
      privacyStatementVersion: null,
      withdrawnAt: null,
    },
    sharedWith: [],
    painFocusOff: false,
    createdAt: '2026-01-05T10:00:00Z',
    updatedAt: '2026-11-10T09:30:00Z',
    ...overrides,
  };
}

export function pageOf<T>(
  items: T[],
  total = items.length,
  page = 1,
  pageSize = 25,
): Page<T> {
  return { items, total, page, pageSize };
}

export function buildMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    id: 'p-1',
    email: 'sanne@praktijk.nl',
    displayName: 'Sanne de Vries',
    role: 'owner',
    language: 'nl',
    profession: null,
    registration: null,
    active: true,
    invitationPending: false,
    createdAt: '2026-01-01T08:00:00Z',
    ...overrides,
  };
}
