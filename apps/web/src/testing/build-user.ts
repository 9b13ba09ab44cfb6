import type { CurrentUser } from '@herstelkompas/contracts';

/** A signed-in practitioner for tests; override what the test is about. */
export function buildUser(
  practitioner: Partial<CurrentUser['practitioner']> = {},
): CurrentUser {
  return {
    practitioner: {
      id: 'p-1',
      email: 'sanne@praktijk.nl',
      displayName: 'Sanne de Vries',
      role: 'owner',
      language: 'nl',
      profession: null,
      registration: null,
      ...practitioner,
    },
    practice: { id: 'pr-1', name: 'Praktijk De Linde', demo: false },
    mfa: { enabled: true, required: true, setupRequired: false },
  };
}

/** Lets the router and HttpClient's pending work run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
