import { clientReportNl } from '../../client-report/i18n/client-report-nl';
import { practiceReportsNl } from '../../reports/i18n/reports-nl';
import { clientIntakeNl } from '../../client-intake/i18n/client-intake-nl';
import { overviewNl } from '../../clients/client-overview/i18n/overview-nl';
import { intakesNl } from '../../intakes/i18n/intakes-nl';
import { practiceExportNl } from '../../practice-export/i18n/practice-export-nl';
import { mailNl } from '../../mail-settings/i18n/mail-nl';
import { todayNl } from '../../today/i18n/today-nl';
import { chartsNl } from '../../ui/i18n/charts-nl';
import { intakeNl } from '../../intake/i18n/intake-nl';
import { priorityNl } from '../../client-priority/i18n/priority-nl';
import { sessionsNl } from '../../client-sessions/i18n/sessions-nl';
import { goalsNl } from '../../client-goals/i18n/goals-nl';
import { timelineNl } from '../../client-timeline/i18n/timeline-nl';
import { securityNl } from '../../security/i18n/security-nl';

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
  login: {
    title: 'Inloggen',
    heading: 'Inloggen',
    intro: 'Log in met het e-mailadres en wachtwoord van je praktijkaccount.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    showPassword: 'Wachtwoord tonen',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    sessionExpired:
      'Je sessie is verlopen. Om je gegevens te beschermen ben je automatisch uitgelogd. Log opnieuw in om verder te gaan.',
    signedOut: 'Je bent uitgelogd.',
    passwordSet:
      'Je wachtwoord is ingesteld. Log in met je e-mailadres en je nieuwe wachtwoord.',
    passwordReset:
      'Je nieuwe wachtwoord is ingesteld en je bent overal uitgelogd. Log in met je nieuwe wachtwoord; daarna vraagt Herstelkompas zoals altijd je code als je tweestapsverificatie gebruikt.',
    forgot: 'Wachtwoord vergeten?',
    fieldErrors: {
      emailRequired: 'Vul je e-mailadres in.',
      emailFormat: 'Vul een geldig e-mailadres in, zoals naam@praktijk.nl.',
      passwordRequired: 'Vul je wachtwoord in.',
    },
    errors: {
      invalidCredentials: 'Het e-mailadres of wachtwoord klopt niet.',
      lockedUntil: 'Te veel mislukte pogingen. Probeer het opnieuw om {time}.',
      locked:
        'Te veel mislukte pogingen. Probeer het over een paar minuten opnieuw.',
      unreachable:
        'De server is niet bereikbaar. Controleer je verbinding en probeer het zo opnieuw.',
      unexpected: 'Er ging iets mis bij het inloggen. Probeer het opnieuw.',
      invalidCode:
        'Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in je app en probeer het opnieuw.',
      invalidRecoveryCode:
        'Deze herstelcode klopt niet of is al gebruikt. Controleer de code en probeer het opnieuw.',
      pendingExpired:
        'Je aanmelding is verlopen. Log opnieuw in met je e-mailadres en wachtwoord.',
    },
    mfa: {
      heading: 'Tweestapsverificatie',
      intro: 'Open je authenticator-app en vul de code van 6 cijfers in.',
      recoveryIntro:
        'Vul een van je herstelcodes in. Elke herstelcode werkt één keer.',
      submit: 'Bevestigen',
      back: 'Terug naar inloggen',
    },
  },
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
    intakes: 'Intakes',
    reports: 'Rapportages',
    team: 'Team',
    settings: 'Instellingen',
  },
  today: todayNl,
  clients: {
    new: 'Nieuwe cliënt',
    age: '{age} jaar',
    status: {
      intake_pending: 'Wacht op intake',
      active: 'Actief',
      paused: 'Gepauzeerd',
      completed: 'Afgerond',
      archived: 'Gearchiveerd',
    },
    redFlags: {
      one: '1 open rode vlag',
      other: '{count} open rode vlaggen',
      none: 'Geen open rode vlaggen',
    },
    sort: {
      name: 'Naam (A-Z)',
      nameDesc: 'Naam (Z-A)',
      lastActivityDesc: 'Laatste activiteit, nieuwste eerst',
      lastActivity: 'Laatste activiteit, oudste eerst',
      scoreDesc: 'Hoogste score eerst',
      score: 'Laagste score eerst',
      createdDesc: 'Laatst toegevoegd eerst',
      created: 'Eerst toegevoegd eerst',
    },
    list: {
      search: 'Zoeken op naam of e-mailadres',
      filters: 'Filters',
      status: 'Status',
      statusAll: 'Alle lopende',
      practitioner: 'Behandelaar',
      practitionerAll: 'Alle behandelaars',
      domain: 'Focusdomein',
      domainAll: 'Alle domeinen',
      tag: 'Label',
      sort: 'Sorteren',
      clearFilters: 'Filters wissen',
      tableLabel: 'Cliënten',
      loadError: 'De cliënten konden niet worden geladen.',
      emptyTitle: 'Nog geen cliënten',
      emptyBody:
        'Voeg je eerste cliënt toe met naam, geboortedatum en e-mailadres. Daarna stuur je een intake.',
      noResultsTitle: 'Geen cliënten gevonden',
      noResultsBody:
        'Geen enkele cliënt past bij deze zoekterm en filters. Wis de filters om iedereen te zien.',
      noScore: 'Nog geen intake',
      highestScore: 'Hoogste score {score}, {domain}',
      lastActivity: 'Laatste activiteit {date}',
      columns: {
        name: 'Naam',
        age: 'Leeftijd',
        status: 'Status',
        practitioner: 'Behandelaar',
        lastActivity: 'Laatste activiteit',
        focus: 'Focusdomeinen',
        redFlags: 'Rode vlaggen',
        score: 'Hoogste score',
      },
    },
    form: {
      newTitle: 'Nieuwe cliënt',
      editTitle: 'Cliënt bewerken',
      personal: 'Persoonsgegevens',
      complaint: 'Klacht en verwijzing',
      practice: 'Praktijk',
      firstName: 'Voornaam',
      lastName: 'Achternaam',
      lastNameHint: 'Met tussenvoegsel, zoals “van der Berg”.',
      dateOfBirth: 'Geboortedatum',
      dateOfBirthHint: 'dd-mm-jjjj, bijvoorbeeld 23-04-1978',
      email: 'E-mailadres',
      emailHint: 'Hierheen gaat straks de uitnodiging voor de intake.',
      phone: 'Telefoonnummer',
      preferredLanguage: 'Taal voor de cliënt',
      languages: { nl: 'Nederlands', en: 'Engels' },
      painLocation: 'Plaats van de pijn',
      painLocationHint: 'Bijvoorbeeld “onderrug, straalt uit naar linkerbeen”.',
      painDuration: 'Hoe lang al',
      painDurationHint: 'Bijvoorbeeld “sinds 2 jaar”.',
      referralSource: 'Verwezen door',
      gpName: 'Huisarts',
      tags: 'Labels',
      tagsHint: 'Typ een label en druk op Enter of een komma.',
      removeTag: 'Label {tag} verwijderen',
      responsible: 'Verantwoordelijke behandelaar',
      legalBasis: 'Grondslag voor het verwerken van gezondheidsgegevens',
      legalBases: {
        explicit_consent: 'Uitdrukkelijke toestemming',
        care_provider: 'Zorgverlener met beroepsgeheim',
      },
      legalBasisHelp: {
        explicit_consent:
          'De cliënt geeft zelf uitdrukkelijk toestemming, zoals bij een coach (AVG art. 9 lid 2a).',
        care_provider:
          'Je bent zorgverlener met een geheimhoudingsplicht, zoals een fysiotherapeut (AVG art. 9 lid 2h).',
      },
      create: 'Cliënt toevoegen',
      saved: 'Opgeslagen',
      keptTyped: 'Wat je hebt ingevuld, staat nog in het formulier.',
      loadError: 'De gegevens van deze cliënt konden niet worden geladen.',
      errors: {
        firstNameRequired: 'Vul de voornaam in.',
        lastNameRequired: 'Vul de achternaam in.',
        dateRequired: 'Vul de geboortedatum in.',
        dateFormat: 'Vul de datum in als dd-mm-jjjj, bijvoorbeeld 23-04-1978.',
        dateFuture: 'De geboortedatum kan niet in de toekomst liggen.',
        dateTooEarly: 'Vul een geboortedatum vanaf 01-01-1900 in.',
        emailRequired: 'Vul het e-mailadres in.',
        emailFormat: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
        tooManyTags: 'Gebruik hoogstens {max} labels.',
      },
      conflict: {
        message:
          'Iemand anders heeft deze cliënt intussen gewijzigd. Je wijzigingen staan nog in het formulier; bekijk de nieuwe versie en sla opnieuw op.',
        loadLatest: 'Nieuwste versie laden',
        loaded:
          'De nieuwste versie is geladen. Waar die afwijkt van wat jij hebt ingevuld, staat de opgeslagen waarde onder het veld. Sla op om jouw versie te bewaren, of neem de nieuwe versie over.',
        takeLatest: 'Nieuwe versie overnemen',
        savedValue: 'Nu opgeslagen: {value}',
        empty: '(leeg)',
      },
    },
    page: {
      title: 'Cliënt',
      tabs: 'Onderdelen van het dossier',
      overview: 'Overzicht',
      log: 'Logboek',
      edit: 'Bewerken',
      archive: 'Archiveren',
      restore: 'Herstellen',
      share: 'Delen met…',
      erase: 'Dossier vernietigen',
      more: 'Meer acties',
      responsible: 'Behandelaar',
      sharedWith: 'Gedeeld met',
      contact: 'Contact',
      tags: 'Labels',
      tagLink: 'Alle cliënten met label {tag}',
      focus: 'Focusdomeinen',
      notFoundTitle: 'Deze cliënt is niet gevonden',
      notFoundBody:
        'Het dossier bestaat niet (meer), of je hebt er geen toegang toe. Ga terug naar de lijst met cliënten.',
      backToList: 'Naar Cliënten',
      loadError: 'Het dossier kon niet worden geladen.',
      archiveTitle: 'Cliënt archiveren?',
      archiveBody:
        '{name} verdwijnt uit de lijst met lopende cliënten. Het dossier blijft bewaard en je kunt het altijd herstellen.',
      archived: 'Gearchiveerd',
      restoreTitle: 'Cliënt herstellen?',
      restoreBody: '{name} staat daarna weer in de lijst met lopende cliënten.',
      restored: 'Hersteld',
      overviewEmptyTitle: 'Nog geen intake ingevuld',
      overviewEmptyBody:
        'Zodra {name} de intake heeft ingevuld, zie je hier de zes domeinen, de pijn en wat opvalt. De volgende stap is de intake versturen; dat kan binnenkort vanaf deze pagina.',
    },
    share: {
      title: 'Delen met collega’s',
      body: 'Collega’s met wie je {name} deelt, kunnen het dossier inzien en bijwerken. {responsible} blijft verantwoordelijk.',
      colleagues: 'Collega’s',
      none: 'Er zijn nog geen andere actieve collega’s in je praktijk. Nodig ze uit via Team.',
      saved: 'Delen bijgewerkt',
    },
    erase: {
      title: 'Dossier vernietigen',
      body: 'Je vernietigt het dossier van {name} op verzoek van de cliënt. Alle gegevens worden definitief verwijderd; dit kan niet ongedaan worden gemaakt. In het logboek blijft alleen staan dat het dossier is vernietigd.',
      confirmLabel: 'Typ de achternaam “{lastName}” om te bevestigen',
      mismatch: 'Dit is niet de achternaam van deze cliënt.',
      confirm: 'Definitief vernietigen',
      done: 'Het dossier is vernietigd.',
    },
  },
  accessLog: {
    intro:
      'Wie dit dossier heeft bekeken of gewijzigd, en namens wie. Alleen de eigenaar van de praktijk ziet dit.',
    period: 'Periode',
    from: 'Van',
    to: 'Tot en met',
    apply: 'Toepassen',
    clear: 'Periode wissen',
    download: 'Download CSV',
    tableLabel: 'Logboek van dit dossier',
    periodOrder: 'De einddatum ligt voor de begindatum.',
    system: 'Systeem',
    otherPractice: 'Iemand van een andere praktijk',
    columns: {
      time: 'Tijdstip',
      event: 'Gebeurtenis',
      action: 'Code',
      user: 'Wie',
      onBehalfOf: 'Namens',
    },
    actions: {
      C: 'Aanmaken',
      R: 'Inzien',
      U: 'Wijzigen',
      D: 'Verwijderen',
      E: 'Uitvoeren (zoeken, exporteren)',
    },
    outcomes: { denied: 'Geweigerd', failure: 'Mislukt' },
    events: {
      clientRead: 'Dossier bekeken',
      clientUpdate: 'Gegevens gewijzigd',
      clientSearch: 'Gezocht',
      clientCreate: 'Dossier aangemaakt',
      clientArchive: 'Gearchiveerd',
      clientRestore: 'Hersteld',
      clientShare: 'Delen gewijzigd',
      clientErase: 'Dossier vernietigd',
      logRead: 'Logboek bekeken',
      logExport: 'Logboek geëxporteerd',
      accessDenied: 'Toegang geweigerd',
    },
    emptyTitle: 'Geen regels in deze periode',
    emptyBody: 'Kies een andere periode, of wis de periode om alles te zien.',
    loadError: 'Het logboek kon niet worden geladen.',
  },
  intakes: intakesNl,
  practiceExport: practiceExportNl,
  mail: mailNl,
  reports: {
    emptyTitle: 'Hier komen de rapportages te staan.',
    emptyBody:
      'Een rapportage vat voor een cliënt de zes domeinen, de prioriteiten en de voortgang samen in een pdf.',
  },
  team: {
    intro:
      'Nodig collega’s uit en bepaal wie eigenaar is. Eigenaren zien alle cliënten, het team en het logboek.',
    invite: 'Collega uitnodigen',
    tableLabel: 'Teamleden',
    columns: {
      name: 'Naam',
      email: 'E-mailadres',
      role: 'Rol',
      status: 'Status',
      actions: 'Acties',
    },
    roles: { owner: 'Eigenaar', practitioner: 'Behandelaar' },
    status: {
      active: 'Actief',
      invited: 'Uitgenodigd',
      inactive: 'Gedeactiveerd',
    },
    actionsFor: 'Acties voor {name}',
    makeOwner: 'Eigenaar maken',
    makePractitioner: 'Behandelaar maken',
    deactivate: 'Deactiveren',
    reactivate: 'Heractiveren',
    sendReset: 'Herstellink sturen',
    resetTitle: 'Herstellink sturen aan {name}?',
    resetBody:
      '{name} krijgt een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt 30 minuten en één keer; het huidige wachtwoord werkt tot er een nieuw is gekozen.',
    resetSent: 'De e-mail met de herstellink aan {email} wordt verzonden.',
    roleTitle: 'Rol wijzigen?',
    roleBody:
      '{name} wordt {role}. {name} wordt daarbij uitgelogd en logt opnieuw in met de nieuwe rol.',
    deactivateTitle: '{name} deactiveren?',
    deactivateBody:
      '{name} kan dan niet meer inloggen en wordt meteen uitgelogd. De cliënten van {name} blijven bewaard; wijs ze zo nodig toe aan een collega.',
    reactivateTitle: '{name} heractiveren?',
    reactivateBody: '{name} kan dan weer inloggen met het eigen wachtwoord.',
    updated: 'Bijgewerkt',
    loadError: 'Het team kon niet worden geladen.',
    inviteDialog: {
      title: 'Collega uitnodigen',
      intro:
        'Je collega krijgt een persoonlijke link om een wachtwoord in te stellen.',
      email: 'E-mailadres',
      name: 'Naam',
      nameHint: 'Zoals collega’s en cliënten de naam zien.',
      role: 'Rol',
      roleHelp: {
        practitioner:
          'Ziet de eigen cliënten en de cliënten die met hem of haar gedeeld zijn.',
        owner: 'Ziet alle cliënten, het team en het logboek.',
      },
      submit: 'Uitnodiging maken',
      submitting: 'Bezig met uitnodigen…',
      nameRequired: 'Vul de naam in.',
      emailRequired: 'Vul het e-mailadres in.',
      emailFormat: 'Vul een geldig e-mailadres in, zoals naam@praktijk.nl.',
      doneTitle: 'Uitnodiging klaar',
      linkLabel: 'Persoonlijke link voor {name}',
      linkExplain:
        'Geef deze link persoonlijk door aan {name}, bijvoorbeeld in een gesprek of in een eigen bericht. Met de link stelt {name} een wachtwoord in. De link werkt één keer en is geldig tot {date}.',
      linkOnce: 'Je ziet deze link alleen nu.',
      byEmail: 'De uitnodiging ook per e-mail versturen',
      emailQueued:
        'De uitnodiging gaat ook per e-mail naar {email}. Of hij is verzonden, zie je onder Instellingen → E-mail.',
      copy: 'Link kopiëren',
      copied: 'Gekopieerd',
      copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
      done: 'Klaar',
    },
  },
  setPassword: {
    title: 'Wachtwoord instellen',
    heading: 'Stel je wachtwoord in',
    intro:
      'Welkom bij Herstelkompas. Kies een wachtwoord van minstens 12 tekens; daarna log je in met je e-mailadres en dit wachtwoord.',
    password: 'Nieuw wachtwoord',
    passwordHint:
      'Minstens 12 tekens. Een zin van een paar woorden werkt goed.',
    confirm: 'Herhaal het wachtwoord',
    show: 'Wachtwoorden tonen',
    submit: 'Wachtwoord instellen',
    submitting: 'Bezig met instellen…',
    toLogin: 'Naar inloggen',
    reset: {
      title: 'Nieuw wachtwoord',
      heading: 'Kies een nieuw wachtwoord',
      intro:
        'Kies een wachtwoord van minstens 12 tekens. Daarna ben je op al je apparaten uitgelogd en log je opnieuw in.',
      again: 'Nieuwe link aanvragen',
    },
    errors: {
      required: 'Vul een wachtwoord in.',
      tooShort: 'Gebruik minstens 12 tekens.',
      confirmRequired: 'Herhaal het wachtwoord.',
      mismatch: 'De twee wachtwoorden zijn niet hetzelfde.',
    },
  },
  forgotPassword: {
    title: 'Wachtwoord vergeten',
    heading: 'Wachtwoord vergeten?',
    intro:
      'Vul het e-mailadres van je praktijkaccount in. Je krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.',
    email: 'E-mailadres',
    submit: 'Link versturen',
    submitting: 'Bezig met versturen…',
    sent: 'Als er een account is met {email}, krijgt dat adres binnen een paar minuten een e-mail met een link. De link werkt 30 minuten en één keer. Niets ontvangen? Kijk bij ongewenste e-mail of vraag de eigenaar van je praktijk.',
    back: 'Terug naar inloggen',
    errors: {
      emailRequired: 'Vul je e-mailadres in.',
      emailFormat: 'Vul een geldig e-mailadres in, zoals naam@praktijk.nl.',
    },
  },
  notFound: {
    title: 'Pagina niet gevonden',
    heading: 'Deze pagina bestaat niet (meer).',
    body: 'Controleer het adres, of ga terug naar Vandaag.',
    back: 'Naar Vandaag',
  },
  intake: intakeNl,
  overview: overviewNl,
  clientIntake: clientIntakeNl,
  charts: chartsNl,
  clientPriority: priorityNl,
  clientSessions: sessionsNl,
  clientGoals: goalsNl,
  clientTimeline: timelineNl,
  clientReport: clientReportNl,
  practiceReports: practiceReportsNl,
  security: securityNl,
};
