/**
 * Dutch texts of the report page and the report and export actions (the
 * `clientReport` section of nl.ts). The report's own words follow the
 * report's language: libs/domain's reportTexts, shared with the PDF.
 */
export const clientReportNl = {
  title: 'Rapportage',
  heading: 'Rapportage maken',
  back: 'Terug naar de cliënt',
  loadError: 'De gegevens voor de rapportage konden niet worden geladen.',
  notFoundTitle: 'Deze cliënt is niet gevonden',
  notFoundBody:
    'Misschien is het dossier gewist, of is het niet met je gedeeld. Zoek de cliënt op in de lijst.',
  backToList: 'Naar de cliëntenlijst',
  options: {
    heading: 'Wat komt erin',
    period: 'Periode',
    from: 'Beginmeting',
    to: 'Laatste meting',
    noAssessments:
      'Nog geen metingen. De rapportage bevat dan de gegevens, de focus, doelen en verslagen, zonder scores.',
    oneAssessment:
      'Er is één meting. Na de volgende meting laat de rapportage ook de verandering zien.',
    variant: {
      baseline: 'intake',
      follow_up: 'vervolgmeting',
    },
    audience: 'Voor wie',
    audienceClient: 'Cliënt',
    audienceClientHint: 'Warm en in gewone woorden, met je en jij.',
    audienceReferrer: 'Verwijzer (huisarts)',
    audienceReferrerHint: 'Beknopt en klinisch, met rode vlaggen en opvolging.',
    language: 'Taal van de rapportage',
    languageNl: 'Nederlands',
    languageEn: 'Engels',
    notes: 'Sessieverslagen',
    notesHint:
      'Kies welke ondertekende verslagen meegaan. Standaard gaat er geen verslag mee.',
    notesNone:
      'Er zijn geen ondertekende verslagen die voor rapportages zijn gemarkeerd. Zet bij Sessies "Opnemen in rapportage" aan en onderteken het verslag; dan kun je het hier kiezen.',
    note: 'Sessie van {date}',
    painCharts: 'Pijngrafieken opnemen',
    painChartsHint:
      'Staafjes voor start en nu; de pijntabel staat er altijd in.',
    painFocusOff:
      'De pijnfocus staat uit voor deze cliënt, dus de pijngrafieken blijven weg.',
    closing: 'Afsluitende woorden',
    closingHint: 'Een paar zinnen van jou, onderaan de rapportage.',
    question: 'Vraag of advies aan de huisarts',
    questionHint: 'Onderaan de brief, boven je naam.',
    closingCount: '{count}/{max}',
  },
  download: 'Rapportage vastleggen',
  draft: 'Concept downloaden',
  downloading: 'De pdf wordt gemaakt…',
  downloadHint:
    'Een concept wordt niet bewaard. Vastleggen bewaart de pdf bij de cliënt en in het logboek; met dezelfde keuzes krijg je dezelfde rapportage terug.',
  downloadFailed: 'De pdf kon niet worden gemaakt.',
  preview: {
    heading: 'Voorbeeld',
    hint: 'Dit komt in de pdf. De verdeling over pagina’s kan anders zijn.',
    label: 'Voorbeeld van de rapportage',
  },
  history: {
    heading: 'Eerder gemaakt',
    empty:
      'Nog geen vastgelegde rapportages voor deze cliënt. Een rapportage die je vastlegt, verschijnt hier.',
    loadError: 'De eerdere rapportages konden niet worden geladen.',
    audience: {
      client: 'Voor de cliënt',
      referrer: 'Voor de verwijzer',
    },
    language: {
      nl: 'Nederlands',
      en: 'Engels',
    },
    by: 'door {name}',
    period: 'metingen {from} t/m {to}',
    baseline: 'beginmeting {date}',
    noPeriod: 'zonder metingen',
    notes: '{count} verslagen',
    noNotes: 'geen verslagen',
    closing: '“{text}”',
    download: 'Downloaden',
    downloadLabel: 'Rapportage van {date} downloaden',
  },
  actions: {
    open: 'Rapportage maken',
    exportRecord: 'Dossier exporteren',
    exportRecordLabel:
      'Dossier exporteren: alle gegevens, een rapportage en een FHIR-bestand in één ZIP',
    exporting: 'Dossier wordt klaargezet…',
    exportFailed: 'Het dossier kon niet worden geëxporteerd.',
  },
};
