import { portalSettingsEn } from '../../portal-settings/i18n/portal-settings-en';
import { clientPortalEn } from '../../client-portal-block/i18n/client-portal-en';
import { clientHomeworkEn } from '../../client-homework/client-homework-i18n';
import { loginEn } from '../../login/i18n/login-en';
import { clientsEn } from '../../clients/i18n/clients-en';
import { accessLogEn } from '../../client-access-log/i18n/access-log-en';
import { teamEn } from '../../team/i18n/team-en';
import { setPasswordEn } from '../../set-password/i18n/set-password-en';
import { forgotPasswordEn } from '../../set-password/i18n/forgot-password-en';
import { clientMessagesEn } from '../../client-messages/client-messages-i18n';
import { clientReportEn } from '../../client-report/i18n/client-report-en';
import { practiceReportsEn } from '../../reports/i18n/reports-en';
import { clientIntakeEn } from '../../client-intake/i18n/client-intake-en';
import { overviewEn } from '../../client-overview/i18n/overview-en';
import { intakesEn } from '../../intakes/i18n/intakes-en';
import { practiceExportEn } from '../../practice-export/i18n/practice-export-en';
import { mailEn } from '../../mail-settings/i18n/mail-en';
import { agendaEn } from '../../agenda/i18n/agenda-en';
import { followUpsEn } from '../../follow-ups/i18n/follow-ups-en';
import { todayEn } from '../../today/i18n/today-en';
import { chartsEn } from '../../ui/i18n/charts-en';
import { intakeEn } from '../../intake/i18n/intake-en';
import { portalEn } from '../../portal/i18n/portal-en';
import { portalInviteEn } from '../../portal-invite/portal-invite-i18n';
import type { Translations } from './translations';
import { priorityEn } from '../../client-priority/i18n/priority-en';
import { sessionsEn } from '../../client-sessions/i18n/sessions-en';
import { goalsEn } from '../../client-goals/i18n/goals-en';
import { timelineEn } from '../../client-timeline/i18n/timeline-en';
import { securityEn } from '../../security/i18n/security-en';
import { practiceEn } from '../../practice-profile/i18n/practice-en';

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
  login: loginEn,
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
    rangeEstimated: '{start}-{end} of about {total}',
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
    agenda: 'Agenda',
    intakes: 'Intakes',
    reports: 'Reports',
    team: 'Team',
    settings: 'Settings',
  },
  today: todayEn,
  agenda: agendaEn,
  followUps: followUpsEn,
  clients: clientsEn,
  accessLog: accessLogEn,
  intakes: intakesEn,
  practiceExport: practiceExportEn,
  mail: mailEn,
  reports: {
    emptyTitle: 'Reports will appear here.',
    emptyBody:
      'A report summarises the six domains, the priorities and the progress of a client in a PDF.',
  },
  team: teamEn,
  setPassword: setPasswordEn,
  forgotPassword: forgotPasswordEn,
  forbidden: {
    title: 'No access',
    heading: 'You have no access to this page.',
    body: 'This page is for the practice owner only. Ask the owner if you need something here.',
    home: 'Go to Today',
    back: 'Back',
  },
  notFound: {
    title: 'Page not found',
    heading: 'This page does not exist (any more).',
    body: 'Check the address, or go back to Today.',
    back: 'Go to Today',
  },
  intake: intakeEn,
  portal: portalEn,
  portalInvite: portalInviteEn,
  overview: overviewEn,
  clientIntake: clientIntakeEn,
  charts: chartsEn,
  clientPriority: priorityEn,
  clientSessions: sessionsEn,
  clientGoals: goalsEn,
  clientMessages: clientMessagesEn,
  clientHomework: clientHomeworkEn,
  portalSettings: portalSettingsEn,
  clientPortal: clientPortalEn,
  clientTimeline: timelineEn,
  clientReport: clientReportEn,
  practiceReports: practiceReportsEn,
  security: securityEn,
  practice: practiceEn,
};
