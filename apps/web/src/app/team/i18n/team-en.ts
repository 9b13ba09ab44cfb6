import type { teamNl } from './team-nl';

/** English texts of Instellingen → Team (the `team` section), typed against the Dutch source. */
export const teamEn: typeof teamNl = {
  intro:
    'Invite colleagues and decide who is an owner. Owners see all clients, the team and the access log.',
  invite: 'Invite colleague',
  tableLabel: 'Team members',
  columns: {
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    status: 'Status',
    actions: 'Actions',
  },
  roles: { owner: 'Owner', practitioner: 'Practitioner' },
  status: {
    active: 'Active',
    invited: 'Invited',
    inactive: 'Deactivated',
  },
  actionsFor: 'Actions for {name}',
  makeOwner: 'Make owner',
  makePractitioner: 'Make practitioner',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  sendReset: 'Send reset link',
  resetTitle: 'Send {name} a reset link?',
  resetBody:
    '{name} receives an email with a link to choose a new password. The link works for 30 minutes, once; the current password keeps working until a new one is chosen.',
  resetSent: 'The email with the reset link to {email} is being sent.',
  roleTitle: 'Change role?',
  roleBody:
    '{name} becomes {role}. {name} will be signed out and signs in again with the new role.',
  deactivateTitle: 'Deactivate {name}?',
  deactivateBody:
    '{name} can no longer sign in and is signed out right away. The clients of {name} are kept; assign them to a colleague if needed.',
  reactivateTitle: 'Reactivate {name}?',
  reactivateBody: '{name} can sign in again with their own password.',
  updated: 'Updated',
  loadError: 'The team could not be loaded.',
  inviteDialog: {
    title: 'Invite colleague',
    intro: 'Your colleague gets a personal link to set a password.',
    email: 'Email address',
    name: 'Name',
    nameHint: 'As colleagues and clients will see it.',
    role: 'Role',
    roleHelp: {
      practitioner: 'Sees their own clients and the clients shared with them.',
      owner: 'Sees all clients, the team and the access log.',
    },
    submit: 'Create invitation',
    submitting: 'Inviting…',
    nameRequired: 'Enter the name.',
    emailRequired: 'Enter the email address.',
    emailFormat: 'Enter a valid email address, such as name@practice.com.',
    doneTitle: 'Invitation ready',
    linkLabel: 'Personal link for {name}',
    linkExplain:
      'Pass this link on to {name} personally, for example in person or in a message of your own. With it, {name} sets a password. The link works once and is valid until {date}.',
    linkOnce: 'You will only see this link now.',
    copy: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Copying did not work. Select the link and copy it yourself.',
    done: 'Done',
    byEmail: 'Also send the invitation by email',
    emailQueued:
      'The invitation also goes by email to {email}. Whether it was sent is shown under Settings → Email.',
  },
};
