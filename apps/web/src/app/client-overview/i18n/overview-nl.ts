/**
 * Dutch texts of the client overview (the `overview` section of nl.ts).
 * Scores are "meer of minder verstoord", never grades (ui.md).
 */
export const overviewNl = {
  emptyTitle: 'Nog geen intake ingevuld',
  emptyBody:
    'Zodra {name} de intake heeft ingevuld, zie je hier de zes domeinen, de pijn en wat opvalt. De volgende stap: stuur een intake, als link per e-mail of als QR-code voor de tablet in de praktijk.',
  emptyBodySent:
    'De intakelink is verstuurd. Zodra {name} de intake heeft ingevuld, zie je hier de zes domeinen, de pijn en wat opvalt. Bovenaan zie je of de link is geopend, en kun je hem opnieuw versturen.',
  loadError: 'De metingen konden niet worden geladen.',
  latest: 'Laatste meting: {variant}, {date}',
  enteredByClient: 'ingevuld door de cliënt',
  enteredByPractitioner: 'ingevoerd door {name}',
  radar: {
    title: 'De zes domeinen',
    label: 'Radardiagram van de zes domeinen van {name}',
    series: '{variant} {date}',
    compareWith: 'Vergelijk met',
    only: 'Dit is de eerste meting. Na een vervolgmeting zie je hier de verandering.',
  },
  domains: {
    title: 'Per domein',
    rank: 'Plek {rank}',
    noPlace: 'Geen plek',
    noScore: 'Niet te beoordelen: te weinig antwoorden',
    change: {
      improved: 'minder verstoord',
      worsened: 'meer verstoord',
      unchanged: 'gelijk gebleven',
      unknown: 'niet te vergelijken',
    },
    since: 'sinds {date}',
    notable: 'opvallende verandering',
    answered: '{answered} van {total} vragen beantwoord',
    minimum: 'minstens {minimum} nodig voor een score',
    highItems: '{count} met 7 of hoger',
    showAnswers: 'Bekijk antwoorden',
    hideAnswers: 'Verberg antwoorden',
    answersCaption: 'De antwoorden achter de score',
    question: 'Vraag',
    answer: 'Antwoord',
    value: 'Waarde 0-10',
    valueHelp:
      'Waarde: hoe het antwoord meetelt, van 0 (niet verstoord) tot 10 (sterk verstoord).',
    status: {
      answered: 'beantwoord',
      unanswered: 'niet beantwoord',
      declined: 'wil ik liever niet zeggen',
      invalid: 'ongeldig antwoord',
      not_applicable: 'niet van toepassing',
      disabled: 'niet gevraagd',
    },
    yes: 'ja',
    no: 'nee',
  },
  ranking: {
    title: 'Berekende volgorde',
    intro:
      'Uit de laatste meting: het meest verstoorde domein eerst. Alleen ter informatie; je kiest de focus bij Prioriteiten.',
    pending:
      'In afwachting van medische beoordeling: handel eerst de open rode vlag af.',
    rankLabel: 'Plek {rank}',
    noPlace: 'Geen plek: niet te beoordelen',
    insufficient: 'niet te beoordelen',
    tiedWith: 'gelijk aan {domains}',
    closeCall: 'nipt verschil',
    focusTitle: 'Huidige focus',
    noFocus: 'Nog geen focus gekozen.',
    focusDecided: 'Gekozen door {name} op {date}.',
    focusSuggested: 'Berekend voorstel, nog niet bevestigd.',
    toPriorities: 'Naar prioriteiten',
  },
  pain: {
    title: 'Pijn',
    focusOff: 'Pijnfocus uit',
    focusOffHelp:
      'Pijnfocus uit klapt de pijnscores hier in en laat ze uit de rapportage, zodat het gesprek over herstel gaat. Ze blijven bewaard.',
    folded: 'Pijnfocus staat uit: de pijnscores zijn ingeklapt.',
    show: 'Toon pijnscores',
    hide: 'Verberg pijnscores',
    intro:
      'De uitkomst: hoe het met de pijn gaat. Telt niet mee in de volgorde van de domeinen.',
    now: 'Pijn nu',
    average: 'Gemiddelde pijn, afgelopen week',
    worst: 'Ergste pijn, afgelopen week',
    interference: 'Belemmering in werk, huishouden en sociaal leven',
    notAnswered: 'niet ingevuld',
    changeSince:
      'Verandering sinds {date}; de streep op de balk is de waarde toen.',
    activities: 'Eigen activiteiten: moeite, 0-10',
    noActivities: 'Geen eigen activiteiten ingevuld.',
    beliefs: 'Pijnopvattingen',
    beliefsHelp:
      'Hoe sterk pijn als schade wordt gezien, 0-100; lager is meer vertrouwen.',
    mindBodyCount: '{count} van {total}',
    savedOff: 'Pijnfocus staat uit.',
    savedOn: 'Pijnfocus staat weer aan.',
  },
  trends: {
    title: 'Verloop',
    intro:
      'Per meting, van 0 (niet verstoord) tot 100; de pijn van 0 tot 10. Lager is beter.',
    pain: 'Gemiddelde pijn',
    domainLabel: '{domain} door de tijd, 0 tot 100',
    painLabel: 'Gemiddelde pijn door de tijd, 0 tot 10',
    one: 'Na een vervolgmeting zie je hier het verloop per domein en van de pijn.',
  },
  checkIns: {
    title: 'Check-ins (eigen inschatting)',
    intro:
      'Wekelijkse eigen inschatting van de cliënt in het portaal, 0 tot 10; hoger is meer last. Dit zijn geen gevalideerde intakescores en ze tellen niet mee in de scores of de prioriteiten.',
    last: 'Laatste check-in: {date}',
    homeworkDone: 'Huiswerk gedaan volgens die check-in: {titles}',
    none: 'Nog geen check-ins. Zodra de cliënt in het portaal een check-in verstuurt, zie je hier het verloop.',
    loadError: 'De check-ins konden niet worden geladen.',
    pain: 'Pijn nu',
    painLabel: 'Pijn nu volgens de check-ins, 0 tot 10',
    domainLabel: '{domain} volgens de check-ins, 0 tot 10',
    safety: 'Veilig bewegen (hoger is veiliger)',
    safetyLabel:
      'Hoe veilig bewegen voelt volgens de check-ins, 0 tot 10, hoger is veiliger',
    dailyLogs: {
      one: '1 dagboekje in de laatste weken',
      other: '{count} dagboekjes in de laatste weken',
    },
  },
  redFlags: {
    loadError: 'De rode vlaggen konden niet worden geladen.',
    open: { one: '1 open rode vlag', other: '{count} open rode vlaggen' },
    intro:
      'Overleg met de huisarts volgens de urgentie en leg vast wat je hebt gedaan.',
    raised: 'Gemeld op {date}',
    handle: 'Afhandelen',
    handleLabel: '{condition} afhandelen',
    handledTitle: 'Afgehandelde rode vlaggen ({count})',
    handledBy: '{date}, {name}: {action}',
    done: 'Vastgelegd in het dossier.',
  },
  ack: {
    title: 'Rode vlag afhandelen',
    action: 'Wat heb je gedaan?',
    actions: {
      gp_called: 'Huisarts gebeld',
      referred: 'Doorverwezen',
      client_informed: 'Cliënt geïnformeerd',
      no_action_needed: 'Geen actie nodig, want …',
      other: 'Anders',
    },
    note: 'Toelichting (optioneel)',
    noteRequired: 'Toelichting (verplicht)',
    noteHint: 'Wat is afgesproken, of waarom is geen actie nodig?',
    errors: {
      actionRequired: 'Kies wat je hebt gedaan.',
      noteRequired: 'Schrijf erbij waarom; bij deze keuze is dat verplicht.',
      noteTooLong: 'Gebruik hoogstens 2000 tekens.',
    },
    recorded: 'Dit komt in het dossier, met je naam en de tijd.',
    confirm: 'Vastleggen',
    saving: 'Bezig met vastleggen…',
  },
};
