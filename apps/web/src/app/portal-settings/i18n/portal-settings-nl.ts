/** Dutch texts of Instellingen → Portaal (the lessons clients read in the portal). */
export const portalSettingsNl = {
  title: 'Portaal',
  intro:
    'Wat je cliënten in het portaal lezen: onze zes lessen, die je elk kunt verbergen, en lessen die je praktijk zelf schrijft.',
  cardIntro:
    'Welke lessen je cliënten in het portaal zien, en eigen lessen van de praktijk.',
  open: 'Portaalinstellingen',
  readOnly:
    'Alleen de eigenaar van de praktijk kan de lessen wijzigen. Wil je iets anders? Vraag het de eigenaar.',
  builtin: {
    heading: 'Onze zes lessen',
    hint: 'Een verborgen les staat niet meer in het portaal; wat een cliënt al las, blijft bewaard.',
    show: 'Tonen aan cliënten: {title}',
    shown: 'Zichtbaar',
    hidden: 'Verborgen',
    minutes: '{minutes} min lezen',
    savedHidden: '"{title}" is verborgen voor je cliënten.',
    savedShown: '"{title}" staat weer in het portaal.',
  },
  own: {
    heading: 'Eigen lessen',
    empty:
      'Nog geen eigen lessen. Voeg een les toe met een titel, de leestijd en de tekst.',
    add: 'Les toevoegen',
    edit: 'Bewerken',
    editLabel: 'Bewerk {title}',
    remove: 'Verwijderen',
    removeLabel: 'Verwijder {title}',
    minutes: '{minutes} min lezen',
    updated: 'Gewijzigd {date}',
    confirmTitle: 'Les verwijderen?',
    confirmBody:
      '"{title}" verdwijnt uit het portaal, met de leesmarkeringen van je cliënten.',
    confirm: 'Verwijderen',
    cancel: 'Annuleren',
    removed: 'De les is verwijderd.',
    saved: 'De les is opgeslagen en staat in het portaal.',
  },
  form: {
    newHeading: 'Nieuwe les',
    editHeading: 'Les bewerken',
    title: 'Titel',
    minutes: 'Leestijd in minuten',
    minutesHint: 'Tussen {min} en {max} minuten',
    body: 'Tekst',
    bodyHint:
      'Markdown: ## kopje, **vet**, *schuin*, - opsomming. HTML wordt als tekst getoond. Schrijf in je/jij.',
    preview: 'Voorbeeld',
    previewHeading: 'Zo ziet je cliënt het',
    previewEmpty: 'Typ een tekst om het voorbeeld te zien.',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    cancel: 'Annuleren',
    required: 'Vul dit in.',
    tooLong: 'Gebruik hoogstens {max} tekens.',
    minutesRange: 'Kies een getal van {min} tot {max}.',
  },
  messaging: {
    heading: 'Berichten',
    intro:
      'Berichten tussen cliënten en de praktijk zet je aan of uit bij Instellingen → E-mail.',
    open: 'Naar e-mailinstellingen',
  },
};
