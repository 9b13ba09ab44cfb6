/** Dutch texts of the follow-up schedule (the `followUps` section of nl.ts). */
export const followUpsNl = {
  title: 'Vervolgmeting',
  intro:
    'Plan de vervolgvragenlijst vooruit: de uitnodiging wordt op de dag zelf om 08:00 gemaakt en verstuurd.',
  next: 'Volgende vervolgmeting: {date}',
  rule: {
    every: { one: 'Elke week', other: 'Elke {count} weken' },
    once: 'Eenmalig',
  },
  sendBy: {
    email: 'per e-mail naar {email}',
    link: 'link klaargezet: geef hem door met "Opnieuw versturen" bij Intakes hieronder',
  },
  none: 'Geen vervolgmeting gepland.',
  plan: 'Vervolgmeting plannen',
  change: 'Wijzigen',
  stop: 'Stoppen',
  stopped: 'Vervolgmeting gestopt.',
  saved: 'Vervolgmeting opgeslagen.',
  loadError: 'De vervolgmeting kon niet worden geladen.',
  dialog: {
    title: 'Vervolgmeting plannen',
    mode: 'Wanneer',
    modeWeeks: 'Elke zoveel weken',
    modeDate: 'Op een datum',
    weeks: 'Aantal weken',
    weeksHint: 'De eerste over zoveel weken vanaf vandaag (1 tot 52).',
    date: 'Datum',
    dateHint: 'dd-mm-jjjj, vandaag of later',
    send: 'Hoe',
    sendEmail: 'Per e-mail naar {email}',
    sendLink: 'Alleen de link klaarzetten, ik deel hem zelf',
    noEmail: 'Deze cliënt heeft geen e-mailadres: de link wordt klaargezet.',
    save: 'Opslaan',
    saving: 'Opslaan…',
    failed: 'Niet opgeslagen.',
    errors: {
      weeks: 'Vul een heel aantal weken in, van 1 tot 52.',
      date: 'Vul een geldige datum in (dd-mm-jjjj).',
      past: 'Kies vandaag of een datum in de toekomst.',
    },
  },
};
