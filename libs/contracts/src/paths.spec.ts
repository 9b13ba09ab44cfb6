import { API_PATHS, RESOURCE_PATHS } from './paths';

describe('RESOURCE_PATHS', () => {
  it.each([
    [RESOURCE_PATHS.client('c1'), '/api/clients/c1'],
    [RESOURCE_PATHS.clientPart('c1', 'export'), '/api/clients/c1/export'],
    [RESOURCE_PATHS.timeline('c1'), '/api/clients/c1/timeline'],
    [
      RESOURCE_PATHS.followUpSchedule('c1'),
      '/api/clients/c1/follow-up-schedule',
    ],
    [
      RESOURCE_PATHS.clientIntakeInvitations('c1'),
      '/api/clients/c1/intake-invitations',
    ],
    [
      RESOURCE_PATHS.portalInvitations('c1'),
      '/api/clients/c1/portal-invitations',
    ],
    [RESOURCE_PATHS.clientSessionNotes('c1'), '/api/clients/c1/session-notes'],
    [RESOURCE_PATHS.assessments('c1'), '/api/clients/c1/assessments'],
    [RESOURCE_PATHS.priority('c1'), '/api/clients/c1/priority'],
    [
      RESOURCE_PATHS.priorityDecisions('c1'),
      '/api/clients/c1/priority-decisions',
    ],
    [RESOURCE_PATHS.redFlags('c1'), '/api/clients/c1/red-flags'],
    [RESOURCE_PATHS.clientGoals('c1'), '/api/clients/c1/goals'],
    [RESOURCE_PATHS.clientMessages('c1'), '/api/clients/c1/messages'],
    [RESOURCE_PATHS.appointment('a1'), '/api/appointments/a1'],
    [RESOURCE_PATHS.appointmentIcs('a1'), '/api/appointments/a1/ics'],
    [
      RESOURCE_PATHS.revokeIntakeInvitation('i1'),
      '/api/intake-invitations/i1/revoke',
    ],
    [RESOURCE_PATHS.sessionNote('n1'), '/api/session-notes/n1'],
    [RESOURCE_PATHS.signSessionNote('n1'), '/api/session-notes/n1/sign'],
    [RESOURCE_PATHS.sessionNoteAddenda('n1'), '/api/session-notes/n1/addenda'],
    [RESOURCE_PATHS.acknowledgeRedFlag('r1'), '/api/red-flags/r1/acknowledge'],
    [RESOURCE_PATHS.goal('g1'), '/api/goals/g1'],
    [RESOURCE_PATHS.practitioner('p1'), '/api/practitioners/p1'],
    [RESOURCE_PATHS.intakeByToken('t1'), '/api/intake/t1'],
  ])('builds %s', (built, expected) => {
    expect(built).toBe(expected);
  });

  it('encodes an id, so it cannot reach another path', () => {
    expect(RESOURCE_PATHS.client('a/../b')).toBe('/api/clients/a%2F..%2Fb');
  });

  it('keeps the fixed paths the api serves', () => {
    expect(API_PATHS.home).toBe('/api/home');
    expect(API_PATHS.mailSettings).toBe('/api/practice/mail-settings');
  });
});
