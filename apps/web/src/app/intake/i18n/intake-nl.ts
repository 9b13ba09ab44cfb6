/**
 * Dutch texts of the client intake (the `intake` section of nl.ts). Clients
 * are addressed with "je": warm, plain, never alarming (ui.md).
 */
export const intakeNl = {
  title: 'Vragenlijst',
  loading: 'De vragenlijst wordt geladen…',
  loadError: {
    heading: 'De vragenlijst opent nu even niet',
    body: 'Controleer je internetverbinding en probeer het zo nog eens.',
    retry: 'Opnieuw proberen',
  },
  rateLimited:
    'Het gaat even te snel. Wacht een momentje, dan proberen we het opnieuw. Je antwoorden blijven bewaard.',
  unreachable:
    'Er is nu even geen verbinding. Je antwoorden blijven bewaard; probeer het zo opnieuw.',
  save: {
    saving: 'Opslaan…',
    saved: 'Opgeslagen',
    retrying: 'Niet opgeslagen — we proberen het opnieuw',
    offline: 'Geen verbinding — je antwoorden staan veilig op dit apparaat',
    rejected: 'Niet opgeslagen — kijk even bij de melding bij de vraag',
    offlineNotice:
      'Je bent even offline. Je antwoorden blijven op dit apparaat bewaard en we sturen ze door zodra je weer verbinding hebt.',
    backOnline: 'Je bent weer online. Je antwoorden zijn opgeslagen.',
  },
  gate: {
    heading: 'Welkom',
    intro:
      '{practice} heeft je gevraagd een vragenlijst in te vullen. Fijn dat je er even tijd voor neemt.',
    check:
      'Eerst controleren we of jij het echt bent. Zo weten we zeker dat niemand anders jouw antwoorden kan zien.',
    dobLabel: 'Je geboortedatum',
    dobHint: 'Dag-maand-jaar, bijvoorbeeld 23-04-1978',
    verify: 'Verder',
    verifying: 'Even controleren…',
    errors: {
      required: 'Vul je geboortedatum in.',
      format:
        'Vul je geboortedatum in als dag-maand-jaar, bijvoorbeeld 23-04-1978.',
      future: 'Deze datum ligt in de toekomst. Controleer je geboortedatum.',
      tooEarly: 'Controleer het jaartal van je geboortedatum.',
      failed:
        'Deze geboortedatum klopt niet met wat bij ons bekend is. Controleer hem en probeer het nog eens.',
    },
  },
  locked: {
    heading: 'Deze link is even geblokkeerd',
    body: 'De geboortedatum is een paar keer niet goed ingevuld. Om je gegevens te beschermen werkt de link daarom niet meer. Neem contact op met je behandelaar; die helpt je graag verder.',
  },
  contact: {
    heading: 'Contact met {practice}',
  },
  unavailable: {
    heading: 'Deze link werkt niet (meer)',
    body: 'De link is misschien verlopen of vervangen door een nieuwe. Vraag je behandelaar om een nieuwe link, dan kun je alsnog verder.',
  },
  welcome: {
    greeting: 'Hallo {name}',
    intro:
      'Fijn dat je deze vragenlijst invult. {practitioner} van {practice} gebruikt je antwoorden om samen met jou te bepalen waar je het best kunt beginnen.',
    domainsIntro:
      'De vragen gaan over je gezondheid, je pijn en deze zes domeinen:',
    practicalHeading: 'Goed om te weten',
    duration: 'Het invullen duurt ongeveer 10 tot 15 minuten.',
    autosave:
      'Je antwoorden worden vanzelf bewaard. Stoppen en later verdergaan kan, ook op een ander apparaat.',
    noWrongAnswers: 'Er zijn geen goede of foute antwoorden.',
    notDiagnosis:
      'Dit is een hulpmiddel voor het gesprek met je behandelaar, geen diagnose.',
    start: 'Beginnen',
    resume: 'Verder met de vragen',
  },
  consent: {
    heading: 'Jouw gegevens',
    intro:
      'Je antwoorden gaan over je gezondheid. Daarom vragen we eerst je toestemming, en vertellen we wat we ermee doen.',
    whatHeading: 'Wat we bewaren',
    what: 'Je antwoorden op deze vragenlijst en de uitkomst die daaruit berekend wordt. Ze komen in je dossier bij de praktijk.',
    whoHeading: 'Wie ze ziet',
    who: 'Alleen je behandelaar of behandelaars bij {practice}. Zonder jouw toestemming delen we niets met anderen.',
    howLongHeading: 'Hoe lang',
    howLong: {
      care_provider:
        'De wet (WGBO) vraagt de praktijk je dossier 20 jaar te bewaren. Wil je dat je gegevens eerder worden vernietigd? Vraag het je behandelaar.',
      explicit_consent:
        'De praktijk bewaart je gegevens zolang dat nodig is voor je begeleiding. Je kunt je toestemming altijd intrekken; dan worden je gegevens verwijderd. Vraag het je behandelaar.',
    },
    rightsHeading: 'Jouw rechten',
    rights:
      'Je mag je gegevens altijd inzien, laten verbeteren of laten verwijderen. Vraag het je behandelaar.',
    version: 'Privacyverklaring versie {version}',
    versionOpens: '(opent in een nieuw tabblad)',
    check:
      'Ik geef toestemming voor het verwerken van mijn gezondheidsgegevens',
    accept: 'Verder naar de vragen',
    accepting: 'Even bewaren…',
    decline: 'Ik geef geen toestemming',
    checkRequired:
      'Zet een vinkje als je toestemming geeft. Zonder toestemming kunnen we je antwoorden niet bewaren.',
  },
  declined: {
    heading: 'Geen probleem',
    body: 'Zonder jouw toestemming stellen we geen vragen en bewaren we niets. Heb je vragen of twijfel je? Neem contact op met je behandelaar; samen vinden jullie een goede weg.',
    back: 'Terug naar de toestemming',
  },
  urgent: {
    heading: 'Bel nu je huisarts',
    afterHours:
      'Het nummer van de huisartsenpost (avond, nacht en weekend) staat op de website van je huisarts.',
    call112: 'Bel 112',
    notWait: 'Wacht hiermee niet op je behandelaar.',
    carryOn:
      'Daarna kun je de vragen afmaken en versturen, zodat ook je behandelaar het weet.',
  },
  step: {
    reassurance:
      'Dank je voor je antwoorden. Bij de meeste mensen met langdurige rugpijn zit er geen ernstige oorzaak achter, en kan de pijn stap voor stap minder worden.',
    progress: 'Stap {current} van {total}',
    skipQuestion:
      'Op deze pagina is nog weinig ingevuld. Zonder meer antwoorden kunnen we {domain} niet meewegen. Wil je deze vragen overslaan?',
    skipYes: 'Overslaan',
    skipNo: 'Toch invullen',
    painCheck:
      'Je gemiddelde pijn ({average}) is hoger dan je ergste pijn ({worst}). Klopt dat? Pas het gerust aan, of laat het zo.',
    back: 'Vorige',
    next: 'Volgende',
    toReview: 'Naar het overzicht',
    errorsOne:
      'Bij 1 vraag op deze pagina is nog iets nodig. Je ziet het bij de vraag zelf.',
    errorsMany:
      'Bij {count} vragen op deze pagina is nog iets nodig. Je ziet het bij de vraag zelf.',
  },
  item: {
    required: 'Deze vraag is nodig',
    decline: 'Wil ik liever niet zeggen',
    declined: 'Je hebt gekozen om dit niet te zeggen.',
    undoDecline: 'Toch beantwoorden',
    yes: 'Ja',
    no: 'Nee',
    scaleEnd: '{value}: {anchor}',
    scaleAnchor: '{value} = {anchor}',
    counter: '{count} van {max} tekens',
    maxChoices: 'Kies er hoogstens {max}.',
    notANumber: 'Vul een getal in, bijvoorbeeld 7 of 7,5.',
  },
  review: {
    heading: 'Bijna klaar',
    intro:
      'Hier zie je per onderdeel hoeveel vragen je hebt ingevuld. Vragen overslaan mag; alleen wat nodig is, vragen we je nog in te vullen.',
    answered: '{answered} van {total} ingevuld',
    missingOne: 'nog 1 vraag nodig',
    missingMany: 'nog {count} vragen nodig',
    unscored: 'te weinig antwoorden om mee te wegen',
    unscoredSummary:
      'Bij {domains} is te weinig ingevuld om een uitkomst te berekenen. Dat mag. Wil je het toch invullen? Kies dan "Aanpassen".',
    edit: 'Aanpassen',
    editLabel: '{step} aanpassen',
    note: 'Na het versturen kun je je antwoorden niet meer aanpassen.',
    noteAppointment: 'Je behandelaar bekijkt ze vóór jullie volgende afspraak.',
    noteContact: 'Je behandelaar neemt contact met je op.',
    submit: 'Versturen',
    submitting: 'Bezig met versturen…',
    back: 'Vorige',
    needsAnswers:
      'Er is nog een vraag die we nodig hebben. We brengen je erheen.',
    failed:
      'Versturen lukte nu niet. Je antwoorden blijven bewaard; probeer het zo opnieuw.',
  },
  thanks: {
    heading: 'Dank je wel, {name}',
    headingNoName: 'Dank je wel',
    alreadySent: 'Je hebt deze vragenlijst al ingevuld en verstuurd.',
    body: 'Je antwoorden zijn goed aangekomen bij {practice}.',
    nextHeading: 'Wat gebeurt er nu?',
    next: '{practitioner} bekijkt je antwoorden vóór jullie volgende afspraak. Samen kijken jullie dan waar je het best kunt beginnen.',
    nextContact: 'Je behandelaar neemt contact met je op.',
    close: 'Je kunt dit venster nu sluiten.',
  },
};
