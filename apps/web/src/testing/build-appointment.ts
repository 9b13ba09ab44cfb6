import type { Appointment } from '@herstelkompas/contracts';

/** An appointment for tests; override what the test is about. */
export function buildAppointment(
  overrides: Partial<Appointment> = {},
): Appointment {
  const start = overrides.start ?? '2026-12-07T09:00:00.000Z';
  const minutes = overrides.durationMinutes ?? 45;
  return {
    id: 'a-1',
    client: { id: 'c-1', firstName: 'Anna', lastName: 'de Vries' },
    practitioner: { id: 'p-1', displayName: 'Sanne de Vries' },
    start,
    end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    durationMinutes: minutes,
    type: 'coaching',
    location: null,
    status: 'planned',
    note: null,
    version: 1,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}
