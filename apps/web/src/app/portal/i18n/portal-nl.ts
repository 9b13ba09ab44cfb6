/**
 * Dutch texts of the client portal (the `portal` section of nl.ts). Clients
 * are addressed with "je": warm, plain, never alarming (ui.md).
 */
export const portalNl = {
  title: 'Mijn kompas',
  brand: 'Mijn pagina',
  emergency: 'Bij spoed: bel 112 of je huisarts.',
  signOut: 'Uitloggen',
  loading: 'Even laden…',
  loadError:
    'Je pagina opent nu even niet. Controleer je verbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  nav: {
    home: 'Mijn kompas',
    lessons: 'Lessen',
    homework: 'Huiswerk',
    messages: 'Berichten',
  },
  landing: {
    title: 'Inloggen',
    heading: 'Welkom',
    intro: '{practice} heeft een persoonlijke pagina voor je klaargezet.',
    check:
      'Eerst controleren we of jij het echt bent. Zo weet je zeker dat niemand anders je pagina kan zien.',
    dobLabel: 'Je geboortedatum',
    dobHint: 'Dag-maand-jaar, bijvoorbeeld 23-04-1978',
    submit: 'Verder',
    busy: 'Even controleren…',
    opening: 'Je pagina wordt geopend…',
    errors: {
      required: 'Vul je geboortedatum in.',
      format:
        'Vul je geboortedatum in als dag-maand-jaar, bijvoorbeeld 23-04-1978.',
    },
  },
  unavailable: {
    heading: 'Deze link werkt niet meer',
    body: 'Een link werkt één keer en maar een tijdje. Dat beschermt je gegevens. Vraag hieronder een nieuwe inloglink aan, of neem contact op met je praktijk.',
    locked:
      'De geboortedatum is een paar keer niet goed ingevuld. Om je gegevens te beschermen werkt deze link daarom niet meer. Neem contact op met je praktijk; die helpt je graag verder.',
    contact: 'Contact',
    newLink: 'Nieuwe inloglink aanvragen',
  },
  signIn: {
    title: 'Inloglink aanvragen',
    heading: 'Inloggen op je pagina',
    intro:
      'Vul het e-mailadres in dat je praktijk van je heeft. We sturen je een link waarmee je inlogt.',
    emailLabel: 'Je e-mailadres',
    submit: 'Stuur mij een link',
    busy: 'Versturen…',
    sent: 'Als dit e-mailadres bij ons bekend is, ontvang je binnen een paar minuten een e-mail met een link. De link werkt één keer en 15 minuten lang.',
    invalid: 'Vul een geldig e-mailadres in.',
    failed: 'Dat lukte nu even niet. Probeer het zo nog eens.',
  },
  expired:
    'Je was een tijdje niet actief en bent uitgelogd. Vraag een nieuwe inloglink aan om verder te gaan.',
  home: {
    greeting: 'Hallo {name}',
    intro:
      'Hier zie je hoe het met je gaat, waar je nu aan werkt en wat er komt.',
    win: 'Je grootste vooruitgang: {domain}',
    winBody: 'Van {first} naar {latest}. Lager betekent minder verstoord.',
    domainsHeading: 'Je zes domeinen',
    domainsIntro:
      'Je eerste vragenlijst ({first}) naast de laatste ({latest}). Lager is minder verstoord.',
    domainsOne:
      'Je eerste vragenlijst ({first}). Na de volgende zie je hier wat er veranderd is.',
    noIntake:
      'Zodra je je vragenlijst hebt ingevuld, zie je hier je zes domeinen.',
    first: 'Begin',
    latest: 'Nu',
    noScore: 'geen score',
    change: {
      better: 'minder verstoord',
      worse: 'meer verstoord',
      same: 'gelijk gebleven',
      unknown: 'nog niet te vergelijken',
    },
    focusHeading: 'Waar je nu aan werkt',
    focusNone:
      'Je behandelaar kiest samen met jou waar je begint. Dat zie je hier daarna.',
    appointmentsHeading: 'Je afspraken',
    appointmentsNone: 'Er staan nu geen afspraken gepland.',
    appointmentWith: 'met {name}',
    reportsHeading: 'Je rapportages',
    reportsNone: 'Nog geen rapportages voor jou.',
    download: 'Download',
    lessonsHeading: 'Lessen voor tussendoor',
    lessonsProgress: '{read} van {total} lessen gelezen',
    lessonsLink: 'Naar de lessen',
    checkInHeading: 'Je wekelijkse check-in',
    checkInBody:
      'Hoe ging je week? In minder dan een minuut laat je het weten.',
    checkInLink: 'Naar je check-in',
  },
  lessons: {
    title: 'Lessen',
    heading: 'Lessen voor tussendoor',
    intro:
      'Zes korte lessen over pijn, stress en herstel. Lees ze in je eigen tempo, in deze volgorde of zoals jij wilt.',
    minutes: '{minutes} min lezen',
    read: 'Gelezen',
    unread: 'Nog niet gelezen',
    open: 'Lees les {order}',
  },
  lesson: {
    back: 'Alle lessen',
    reflection: 'Om over na te denken',
    exercise: 'Oefening',
    exerciseNote:
      'Elke oefening is vrijblijvend: pas hem aan zoals het voor jou goed voelt.',
    markRead: 'Ik heb deze les gelezen',
    marked: 'Gelezen',
    next: 'Volgende les',
    notFound: 'Deze les bestaat niet (meer).',
  },
  checkIn: {
    title: 'Check-in',
    heading: 'Je wekelijkse check-in',
    intro:
      'Hoe ging de afgelopen week? Kies bij elke vraag een getal van 0 tot en met 10. Het kost je minder dan een minuut. Dit is jouw eigen inschatting, geen test.',
    alreadySent:
      'Je check-in van deze week is verstuurd op {date}. Wil je iets aanpassen? Verstuur hem dan opnieuw.',
    draftWaiting:
      'Je concept van {date} staat klaar. Maak het af wanneer je wilt.',
    redFlagsHeading: 'Eerst even dit',
    redFlagsIntro:
      'Een paar korte vragen over je lichaam van de laatste dagen. Zo weten we zeker dat je geen andere hulp nodig hebt.',
    yes: 'Ja',
    no: 'Nee',
    weekHeading: 'De afgelopen week',
    reversed: 'Let op: hier betekent een hoger getal dat het beter gaat.',
    homeworkHeading: 'Welk huiswerk heb je gedaan?',
    homeworkHint:
      'Kijk terug op deze week. Je dagelijkse vinkjes bij Huiswerk blijven zoals ze zijn.',
    noteLabel: 'Nog iets kwijt? (mag leeg blijven)',
    send: 'Versturen',
    busy: 'Even bewaren…',
    saveDraft: 'Bewaren als concept',
    draftSaved: 'Je concept is bewaard. Je kunt het later deze week afmaken.',
    replaceQuestion:
      'Je hebt je check-in van deze week al verstuurd. Wil je die vervangen door deze?',
    replaceYes: 'Ja, vervang hem',
    replaceNo: 'Nee, laat de vorige staan',
    doneHeading: 'Dank je wel!',
    doneBody:
      'Je check-in is verstuurd. Je behandelaar ziet hem bij je volgende afspraak of eerder.',
    backHome: 'Terug naar Mijn kompas',
    errors: {
      incomplete:
        'Kies bij elke vraag een getal. Of bewaar je antwoorden als concept.',
      redFlags: 'Beantwoord eerst de vragen bovenaan met ja of nee.',
      tooLong: 'Je zin is te lang: gebruik hoogstens {max} tekens.',
      failed: 'Bewaren lukte nu even niet. Probeer het zo nog eens.',
      homework:
        'Je huiswerk van deze week is net veranderd. Kijk je vinkjes hieronder nog even na en verstuur opnieuw.',
    },
    dailyHeading: 'Vandaag in het kort',
    dailyIntro:
      'Als je wilt: elke dag je pijn en hoeveel je sliep. Het hoeft niet.',
    sleepLabel: 'Uren slaap afgelopen nacht',
    sleepHint: 'Bijvoorbeeld 7 of 6,5',
    dailySave: 'Bewaar voor vandaag',
    dailySaved: 'Bewaard voor vandaag.',
    dailyInvalid:
      'Kies je pijn van 0 tot en met 10 en vul 0 tot en met 14 uur slaap in, in halve uren.',
  },
  messages: {
    title: 'Berichten',
    heading: 'Berichten',
    intro: 'Stel hier een vraag aan je behandelaar of laat iets weten.',
    standing:
      'Bij spoed: bel 112 of je huisarts. Berichten worden niet direct gelezen.',
    empty: 'Nog geen berichten. Je eerste bericht komt hier te staan.',
    you: 'Jij',
    label: 'Je bericht',
    hint: 'Hoogstens {max} tekens',
    send: 'Versturen',
    busy: 'Versturen…',
    sent: 'Je bericht is verstuurd.',
    read: 'Gelezen',
    tooLong: 'Je bericht is te lang: gebruik hoogstens {max} tekens.',
    required: 'Schrijf eerst je bericht.',
    failed: 'Versturen lukte nu even niet. Probeer het zo nog eens.',
    off: 'Je praktijk heeft berichten uitgezet. Neem contact op per telefoon of e-mail.',
  },
  homework: {
    title: 'Huiswerk',
    heading: 'Je huiswerk',
    intro:
      'Oefeningen die je met je behandelaar hebt afgesproken. Vink af wat je gedaan hebt; dat mag ook een dag later.',
    empty:
      'Je hebt deze week geen huiswerk. Als je behandelaar een oefening voor je klaarzet, zie je die hier.',
    daily: 'Elke dag',
    weekly: '{times} keer per week',
    period: 'Van {from} tot en met {to}',
    week: 'Deze week {done} van {target} keer gedaan',
    open: 'Bekijk de oefening',
    doneToday: 'Vandaag gedaan',
    tickToday: 'Vandaag afvinken',
    ticking: 'Afvinken…',
    ticked: 'Afgevinkt voor vandaag.',
    undo: 'Toch niet gedaan',
    noteLabel: 'Notitie voor je behandelaar',
    noteHint: 'Mag leeg blijven · hoogstens {max} tekens',
    noteTooLong: 'Je notitie is te lang: gebruik hoogstens {max} tekens.',
    minutesLabel: 'Minuten gewandeld',
    minutesInvalid: 'Vul een aantal minuten in van 0 tot en met 1440.',
    failed: 'Afvinken lukte nu even niet. Probeer het zo nog eens.',
    ended: 'Deze oefening is afgesloten door je behandelaar.',
    back: 'Al je huiswerk',
    steps: 'Zo doe je het',
    safety: 'Let op',
    optional:
      'Elke oefening is vrijblijvend: pas hem aan zoals het voor jou goed voelt.',
    minutes: 'Ongeveer {minutes} minuten',
    notFound: 'Deze oefening staat niet (meer) in je huiswerk van deze week.',
    log: 'Je wandellogboek',
    logEmpty:
      'Nog niets gelogd. Na je eerste wandeling staat hier hoeveel minuten je liep.',
    logMinutes: '{minutes} min',
    logNoMinutes: 'gedaan',
    homeHeading: 'Huiswerk van deze week',
    homeIntro:
      'De oefeningen die je met je behandelaar hebt afgesproken, met een ademhulp en een wandellogboek.',
    homeLink: 'Naar je huiswerk',
    pacer: {
      heading: 'Ademhulp',
      intro:
        'Adem in terwijl de cirkel groeit, en uit terwijl hij krimpt. Start en pauzeer met de knop, ook met de spatiebalk of Enter.',
      in: 'Adem in…',
      out: 'Adem uit…',
      ready: 'Klaar om te beginnen',
      paused: 'Gepauzeerd',
      start: 'Start',
      pause: 'Pauze',
      resume: 'Verder',
      timing: 'In {in} tellen, uit {out} tellen',
      elapsed: 'Bezig: {time}',
      count: 'Tel {count}',
    },
  },
};
