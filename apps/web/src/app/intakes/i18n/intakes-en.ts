import type { intakesNl } from './intakes-nl';

/** English texts of the Intakes page, typed against the Dutch source. */
export const intakesEn: typeof intakesNl = {
  intro: 'Intakes sent but not yet completed, across the practice.',
  tableLabel: 'Open intakes',
  columns: {
    client: 'Client',
    practitioner: 'Practitioner',
    variant: 'Kind',
    status: 'Status',
    sent: 'Sent',
    expires: 'Expires',
    actions: 'Actions',
  },
  count: {
    one: '1 open intake',
    other: '{count} open intakes',
  },
  attentionCount: {
    one: '{count} needs attention',
    other: '{count} need attention',
  },
  overdue: 'Open too long',
  locked: 'Blocked: send a new link',
  urgentInDraft: 'Urgent answer in an unsent questionnaire',
  sentOn: 'Sent on {date} ({age})',
  expiresOn: 'expires on {date}',
  revokeLabel: 'Revoke the intake of {name}',
  revoked: 'The link of {name} has been revoked.',
  emptyTitle: 'No open intakes',
  emptyBody:
    'Every intake sent has been completed or stopped. You send a new intake from a client’s page.',
  toClients: 'To clients',
  loadError: 'The intakes could not be loaded.',
};
