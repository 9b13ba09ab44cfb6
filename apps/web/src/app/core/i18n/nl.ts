import { portalSettingsNl } from '../../portal-settings/i18n/portal-settings-nl';
import { clientPortalNl } from '../../client-portal-block/i18n/client-portal-nl';
import { clientHomeworkNl } from '../../client-homework/client-homework-i18n';
import { loginNl } from '../../login/i18n/login-nl';
import { clientsNl } from '../../clients/i18n/clients-nl';
import { accessLogNl } from '../../client-access-log/i18n/access-log-nl';
import { teamNl } from '../../team/i18n/team-nl';
import { setPasswordNl } from '../../set-password/i18n/set-password-nl';
import { forgotPasswordNl } from '../../set-password/i18n/forgot-password-nl';
import { clientMessagesNl } from '../../client-messages/client-messages-i18n';
import { clientReportNl } from '../../client-report/i18n/client-report-nl';
import { practiceReportsNl } from '../../reports/i18n/reports-nl';
import { clientIntakeNl } from '../../client-intake/i18n/client-intake-nl';
import { overviewNl } from '../../client-overview/i18n/overview-nl';
import { intakesNl } from '../../intakes/i18n/intakes-nl';
import { practiceExportNl } from '../../practice-export/i18n/practice-export-nl';
import { mailNl } from '../../mail-settings/i18n/mail-nl';
import { agendaNl } from '../../agenda/i18n/agenda-nl';
import { followUpsNl } from '../../follow-ups/i18n/follow-ups-nl';
import { todayNl } from '../../today/i18n/today-nl';
import { chartsNl } from '../../ui/i18n/charts-nl';
import { intakeNl } from '../../intake/i18n/intake-nl';
import { portalNl } from '../../portal/i18n/portal-nl';
import { portalInviteNl } from '../../portal-invite/portal-invite-i18n';
import { priorityNl } from '../../client-priority/i18n/priority-nl';
import { sessionsNl } from '../../client-sessions/i18n/sessions-nl';
import { goalsNl } from '../../client-goals/i18n/goals-nl';
import { timelineNl } from '../../client-timeline/i18n/timeline-nl';
import { securityNl } from '../../security/i18n/security-nl';
import { practiceNl } from '../../practice-profile/i18n/practice-nl';

/**
 * Dutch texts: the source of truth. `en.ts` is typed against this shape, so a
 * key added here and forgotten there fails the build.
 */
export const nl = {
  app: {
    name: 'Herstelkompas',
    tagline: 'Praktijkdashboard voor de zes-domeinenaanpak bij rugpijn',
    skipToContent: 'Naar de inhoud',
    home: 'Herstelkompas, naar Vandaag',
  },
  language: {
    // The switch shows the language you can switch to, in that language.
    switchButton: 'English',
    switchLabel: 'English: de taal wijzigen naar Engels',
  },
  login: loginNl,
  common: {
    loading: 'Bezig met laden…',
    cancel: 'Annuleren',
    close: 'Sluiten',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    retry: 'Opnieuw proberen',
    you: 'jij',
    datePattern: 'dd-mm-jjjj',
  },
  errors: {
    unreachable:
      'De server is niet bereikbaar. Controleer je verbinding en probeer het zo opnieuw.',
    unexpected: 'Er ging iets mis. Probeer het opnieuw.',
    tooLong: 'Gebruik hoogstens {max} tekens.',
    summary:
      'Niet alle velden zijn goed ingevuld. Bekijk de meldingen bij de velden.',
  },
  pager: {
    label: 'Pagina’s',
    range: '{start}-{end} van {total}',
    rangeEstimated: '{start}-{end} van ongeveer {total}',
    pageSize: 'Per pagina',
    first: 'Eerste pagina',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    last: 'Laatste pagina',
  },
  unsaved: {
    title: 'Wijzigingen niet opgeslagen',
    body: 'Je hebt wijzigingen die nog niet zijn opgeslagen. Als je deze pagina verlaat, gaan ze verloren.',
    stay: 'Blijven',
    leave: 'Verlaten zonder opslaan',
  },
  shell: {
    openNavigation: 'Menu openen',
    navigation: 'Hoofdmenu',
    userMenu: 'Gebruikersmenu',
    signedInAs: 'Ingelogd als',
    logout: 'Uitloggen',
  },
  nav: {
    today: 'Vandaag',
    clients: 'Cliënten',
    agenda: 'Agenda',
    intakes: 'Intakes',
    reports: 'Rapportages',
    team: 'Team',
    settings: 'Instellingen',
  },
  today: todayNl,
  agenda: agendaNl,
  followUps: followUpsNl,
  clients: clientsNl,
  accessLog: accessLogNl,
  intakes: intakesNl,
  practiceExport: practiceExportNl,
  mail: mailNl,
  reports: {
    emptyTitle: 'Hier komen de rapportages te staan.',
    emptyBody:
      'Een rapportage vat voor een cliënt de zes domeinen, de prioriteiten en de voortgang samen in een pdf.',
  },
  team: teamNl,
  setPassword: setPasswordNl,
  forgotPassword: forgotPasswordNl,
  forbidden: {
    title: 'Geen toegang',
    heading: 'Geen toegang tot deze pagina.',
    body: 'Deze pagina is alleen voor de eigenaar van de praktijk. Vraag de eigenaar als je hier iets nodig hebt.',
    home: 'Naar Vandaag',
    back: 'Terug',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    heading: 'Deze pagina bestaat niet (meer).',
    body: 'Controleer het adres, of ga terug naar Vandaag.',
    back: 'Naar Vandaag',
  },
  intake: intakeNl,
  portal: portalNl,
  portalInvite: portalInviteNl,
  overview: overviewNl,
  clientIntake: clientIntakeNl,
  charts: chartsNl,
  clientPriority: priorityNl,
  clientSessions: sessionsNl,
  clientGoals: goalsNl,
  clientMessages: clientMessagesNl,
  clientHomework: clientHomeworkNl,
  portalSettings: portalSettingsNl,
  clientPortal: clientPortalNl,
  clientTimeline: timelineNl,
  clientReport: clientReportNl,
  practiceReports: practiceReportsNl,
  security: securityNl,
  practice: practiceNl,
};
