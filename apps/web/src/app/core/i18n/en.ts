import { clientReportEn } from '../../client-report/i18n/client-report-en';
import { practiceReportsEn } from '../../reports/i18n/reports-en';
import { clientIntakeEn } from '../../client-intake/i18n/client-intake-en';
import { overviewEn } from '../../clients/client-overview/i18n/overview-en';
import { intakesEn } from '../../intakes/i18n/intakes-en';
import { practiceExportEn } from '../../practice-export/i18n/practice-export-en';
import { mailEn } from '../../mail-settings/i18n/mail-en';
import { todayEn } from '../../today/i18n/today-en';
import { chartsEn } from '../../ui/i18n/charts-en';
import { intakeEn } from '../../intake/i18n/intake-en';
import type { Translations } from './translations';
import { priorityEn } from '../../client-priority/i18n/priority-en';
import { sessionsEn } from '../../client-sessions/i18n/sessions-en';
import { goalsEn } from '../../client-goals/i18n/goals-en';
import { timelineEn } from '../../client-timeline/i18n/timeline-en';
import { securityEn } from '../../security/i18n/security-en';

/** English texts. Typed against the Dutch source, so no key can go missing. */
export const en: Translations = {
  app: {
    name: 'Herstelkompas',
    tagline: 'Practice dashboard for the six-domain approach to back pain',
    skipToContent: 'Skip to content',
    home: 'Herstelkompas, go to Today',
  },
  language: {
    switchButton: 'Nederlands',
    switchLabel: 'Nederlands: change the language to Dutch',
  },
  login: {
    title: 'Sign in',
    heading: 'Sign in',
    intro:
      'Sign in with the email address and password of your practice account.',
    email: 'Email address',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    sessionExpired:
      'Your session has expired. To protect your data you were signed out automatically. Sign in again to continue.',
    signedOut: 'You have signed out.',
    passwordReset:
      'Your new password is set and you are signed out everywhere. Sign in with your new password; as always, Herstelkompas then asks for your code if you use two-step verification.',
    forgot: 'Forgot your password?',
    passwordSet:
      'Your password has been set. Sign in with your email address and your new password.',
    fieldErrors: {
      emailRequired: 'Enter your email address.',
      emailFormat: 'Enter a valid email address, such as name@practice.com.',
      passwordRequired: 'Enter your password.',
    },
    errors: {
      invalidCredentials: 'The email address or password is incorrect.',
      lockedUntil: 'Too many failed attempts. Try again at {time}.',
      locked: 'Too many failed attempts. Try again in a few minutes.',
      unreachable:
        'We could not reach the server. Check your connection and try again shortly.',
      unexpected: 'Something went wrong while signing in. Please try again.',
      invalidCode:
        'This code is incorrect or has been used already. Wait for a new code in your app and try again.',
      invalidRecoveryCode:
        'This recovery code is incorrect or has been used already. Check the code and try again.',
      pendingExpired:
        'Your sign-in has expired. Please sign in again with your email address and password.',
    },
    mfa: {
      heading: 'Two-step verification',
      intro: 'Open your authenticator app and enter the 6-digit code.',
      recoveryIntro:
        'Enter one of your recovery codes. Each recovery code works once.',
      submit: 'Confirm',
      back: 'Back to sign-in',
    },
  },
  common: {
    loading: 'Loading…',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    saving: 'Saving…',
    retry: 'Try again',
    you: 'you',
    datePattern: 'dd-mm-yyyy',
  },
  errors: {
    unreachable:
      'We could not reach the server. Check your connection and try again shortly.',
    unexpected: 'Something went wrong. Please try again.',
    tooLong: 'Use at most {max} characters.',
    summary:
      'Some fields are not filled in correctly. See the messages at the fields.',
  },
  pager: {
    label: 'Pages',
    range: '{start}-{end} of {total}',
    pageSize: 'Per page',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
  },
  unsaved: {
    title: 'Unsaved changes',
    body: 'You have changes that are not saved yet. If you leave this page, they will be lost.',
    stay: 'Stay',
    leave: 'Leave without saving',
  },
  shell: {
    openNavigation: 'Open menu',
    navigation: 'Main menu',
    userMenu: 'User menu',
    signedInAs: 'Signed in as',
    logout: 'Sign out',
  },
  nav: {
    today: 'Today',
    clients: 'Clients',
    intakes: 'Intakes',
    reports: 'Reports',
    team: 'Team',
    settings: 'Settings',
  },
  today: todayEn,
  clients: {
    new: 'New client',
    age: '{age} years',
    status: {
      intake_pending: 'Awaiting intake',
      active: 'Active',
      paused: 'Paused',
      completed: 'Completed',
      archived: 'Archived',
    },
    redFlags: {
      one: '1 open red flag',
      other: '{count} open red flags',
      none: 'No open red flags',
    },
    sort: {
      name: 'Name (A-Z)',
      nameDesc: 'Name (Z-A)',
      lastActivityDesc: 'Last activity, newest first',
      lastActivity: 'Last activity, oldest first',
      scoreDesc: 'Highest score first',
      score: 'Lowest score first',
      createdDesc: 'Most recently added first',
      created: 'First added first',
    },
    list: {
      search: 'Search by name or email address',
      filters: 'Filters',
      status: 'Status',
      statusAll: 'All current',
      practitioner: 'Practitioner',
      practitionerAll: 'All practitioners',
      domain: 'Focus domain',
      domainAll: 'All domains',
      tag: 'Tag',
      sort: 'Sort',
      clearFilters: 'Clear filters',
      tableLabel: 'Clients',
      loadError: 'The clients could not be loaded.',
      emptyTitle: 'No clients yet',
      emptyBody:
        'Add your first client with name, date of birth and email address. Then send them an intake.',
      noResultsTitle: 'No clients found',
      noResultsBody:
        'No client matches this search and these filters. Clear the filters to see everyone.',
      noScore: 'No intake yet',
      highestScore: 'Highest score {score}, {domain}',
      lastActivity: 'Last activity {date}',
      columns: {
        name: 'Name',
        age: 'Age',
        status: 'Status',
        practitioner: 'Practitioner',
        lastActivity: 'Last activity',
        focus: 'Focus domains',
        redFlags: 'Red flags',
        score: 'Highest score',
      },
    },
    form: {
      newTitle: 'New client',
      editTitle: 'Edit client',
      personal: 'Personal details',
      complaint: 'Complaint and referral',
      practice: 'Practice',
      firstName: 'First name',
      lastName: 'Last name',
      lastNameHint: 'Including any prefix, such as “van der Berg”.',
      dateOfBirth: 'Date of birth',
      dateOfBirthHint: 'dd-mm-yyyy, for example 23-04-1978',
      email: 'Email address',
      emailHint: 'The intake invitation will be sent here.',
      phone: 'Phone number',
      preferredLanguage: 'Language for the client',
      languages: { nl: 'Dutch', en: 'English' },
      painLocation: 'Where the pain is',
      painLocationHint: 'For example “lower back, radiating to the left leg”.',
      painDuration: 'For how long',
      painDurationHint: 'For example “for 2 years”.',
      referralSource: 'Referred by',
      gpName: 'GP',
      tags: 'Tags',
      tagsHint: 'Type a tag and press Enter or a comma.',
      removeTag: 'Remove tag {tag}',
      responsible: 'Responsible practitioner',
      legalBasis: 'Legal basis for processing health data',
      legalBases: {
        explicit_consent: 'Explicit consent',
        care_provider: 'Care provider bound by confidentiality',
      },
      legalBasisHelp: {
        explicit_consent:
          'The client gives explicit consent themselves, as with a coach (GDPR art. 9(2)(a)).',
        care_provider:
          'You are a care provider with a duty of confidentiality, such as a physiotherapist (GDPR art. 9(2)(h)).',
      },
      create: 'Add client',
      saved: 'Saved',
      keptTyped: 'What you entered is still in the form.',
      loadError: 'The details of this client could not be loaded.',
      errors: {
        firstNameRequired: 'Enter the first name.',
        lastNameRequired: 'Enter the last name.',
        dateRequired: 'Enter the date of birth.',
        dateFormat: 'Enter the date as dd-mm-yyyy, for example 23-04-1978.',
        dateFuture: 'The date of birth cannot be in the future.',
        dateTooEarly: 'Enter a date of birth from 01-01-1900 onwards.',
        emailRequired: 'Enter the email address.',
        emailFormat: 'Enter a valid email address, such as name@example.com.',
        tooManyTags: 'Use at most {max} tags.',
      },
      conflict: {
        message:
          'Someone else changed this client in the meantime. Your changes are still in the form; look at the new version and save again.',
        loadLatest: 'Load the latest version',
        loaded:
          'The latest version is loaded. Where it differs from what you entered, the saved value is shown below the field. Save to keep your version, or take over the new version.',
        takeLatest: 'Take over the new version',
        savedValue: 'Now saved: {value}',
        empty: '(empty)',
      },
    },
    page: {
      title: 'Client',
      tabs: 'Parts of the record',
      overview: 'Overview',
      log: 'Access log',
      edit: 'Edit',
      archive: 'Archive',
      restore: 'Restore',
      share: 'Share with…',
      erase: 'Destroy record',
      more: 'More actions',
      responsible: 'Practitioner',
      sharedWith: 'Shared with',
      contact: 'Contact',
      tags: 'Tags',
      tagLink: 'All clients tagged {tag}',
      focus: 'Focus domains',
      notFoundTitle: 'This client was not found',
      notFoundBody:
        'The record does not exist (any more), or you do not have access to it. Go back to the list of clients.',
      backToList: 'Go to Clients',
      loadError: 'The record could not be loaded.',
      archiveTitle: 'Archive client?',
      archiveBody:
        '{name} will no longer appear in the list of current clients. The record is kept and you can always restore it.',
      archived: 'Archived',
      restoreTitle: 'Restore client?',
      restoreBody: '{name} will be back in the list of current clients.',
      restored: 'Restored',
      overviewEmptyTitle: 'No intake completed yet',
      overviewEmptyBody:
        'Once {name} has completed the intake, you will see the six domains, the pain and what stands out here. The next step is sending the intake; you will soon be able to do that from this page.',
    },
    share: {
      title: 'Share with colleagues',
      body: 'Colleagues you share {name} with can view and update the record. {responsible} remains responsible.',
      colleagues: 'Colleagues',
      none: 'There are no other active colleagues in your practice yet. Invite them under Team.',
      saved: 'Sharing updated',
    },
    erase: {
      title: 'Destroy record',
      body: 'You are destroying the record of {name} at the client’s request. All data is removed permanently; this cannot be undone. The access log only keeps the fact that the record was destroyed.',
      confirmLabel: 'Type the last name “{lastName}” to confirm',
      mismatch: 'This is not the last name of this client.',
      confirm: 'Destroy permanently',
      done: 'The record has been destroyed.',
    },
  },
  accessLog: {
    intro:
      'Who viewed or changed this record, and on whose behalf. Only the owner of the practice sees this.',
    period: 'Period',
    from: 'From',
    to: 'Up to and including',
    apply: 'Apply',
    clear: 'Clear period',
    download: 'Download CSV',
    tableLabel: 'Access log of this record',
    periodOrder: 'The end date is before the start date.',
    system: 'System',
    otherPractice: 'Someone from another practice',
    columns: {
      time: 'Time',
      event: 'Event',
      action: 'Code',
      user: 'Who',
      onBehalfOf: 'On behalf of',
    },
    actions: {
      C: 'Create',
      R: 'Read',
      U: 'Update',
      D: 'Delete',
      E: 'Execute (search, export)',
    },
    outcomes: { denied: 'Denied', failure: 'Failed' },
    events: {
      clientRead: 'Record viewed',
      clientUpdate: 'Details changed',
      clientSearch: 'Searched',
      clientCreate: 'Record created',
      clientArchive: 'Archived',
      clientRestore: 'Restored',
      clientShare: 'Sharing changed',
      clientErase: 'Record destroyed',
      logRead: 'Access log viewed',
      logExport: 'Access log exported',
      accessDenied: 'Access refused',
    },
    emptyTitle: 'No entries in this period',
    emptyBody: 'Choose another period, or clear the period to see everything.',
    loadError: 'The access log could not be loaded.',
  },
  intakes: intakesEn,
  practiceExport: practiceExportEn,
  mail: mailEn,
  reports: {
    emptyTitle: 'Reports will appear here.',
    emptyBody:
      'A report summarises the six domains, the priorities and the progress of a client in a PDF.',
  },
  team: {
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
        practitioner:
          'Sees their own clients and the clients shared with them.',
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
  },
  setPassword: {
    title: 'Set password',
    heading: 'Set your password',
    intro:
      'Welcome to Herstelkompas. Choose a password of at least 12 characters; then sign in with your email address and this password.',
    password: 'New password',
    passwordHint:
      'At least 12 characters. A sentence of a few words works well.',
    confirm: 'Repeat the password',
    show: 'Show passwords',
    submit: 'Set password',
    submitting: 'Setting password…',
    toLogin: 'Go to sign in',
    reset: {
      title: 'New password',
      heading: 'Choose a new password',
      intro:
        'Choose a password of at least 12 characters. Afterwards you are signed out on all your devices and sign in again.',
      again: 'Ask for a new link',
    },
    errors: {
      required: 'Enter a password.',
      tooShort: 'Use at least 12 characters.',
      confirmRequired: 'Repeat the password.',
      mismatch: 'The two passwords are not the same.',
    },
  },
  forgotPassword: {
    title: 'Forgot password',
    heading: 'Forgot your password?',
    intro:
      'Enter the email address of your practice account. You will receive an email with a link to choose a new password.',
    email: 'Email address',
    submit: 'Send link',
    submitting: 'Sending…',
    sent: 'If there is an account with {email}, that address receives an email with a link within a few minutes. The link works for 30 minutes, once. Nothing arrived? Check your spam folder or ask the owner of your practice.',
    back: 'Back to sign in',
    errors: {
      emailRequired: 'Enter your email address.',
      emailFormat: 'Enter a valid email address, such as name@practice.nl.',
    },
  },
  notFound: {
    title: 'Page not found',
    heading: 'This page does not exist (any more).',
    body: 'Check the address, or go back to Today.',
    back: 'Go to Today',
  },
  intake: intakeEn,
  overview: overviewEn,
  clientIntake: clientIntakeEn,
  charts: chartsEn,
  clientPriority: priorityEn,
  clientSessions: sessionsEn,
  clientGoals: goalsEn,
  clientTimeline: timelineEn,
  clientReport: clientReportEn,
  practiceReports: practiceReportsEn,
  security: securityEn,
};
