/** Dutch texts of Vandaag (the `today` section of nl.ts). */
export const todayNl = {
  greeting: {
    morning: 'Goedemorgen, {name}',
    afternoon: 'Goedemiddag, {name}',
    evening: 'Goedenavond, {name}',
  },
  date: 'Het is {date}.',
  loadError: 'Je overzicht kon niet worden geladen.',
  redFlags: {
    title: 'Rode vlaggen',
    empty: 'Geen open rode vlaggen.',
    item: '{count} open · {urgency}',
  },
  intakes: {
    title: 'Ingevulde intakes om te bekijken',
    intro: 'Ingevuld na het laatste prioriteitenbesluit.',
    empty: 'Geen nieuwe ingevulde intakes.',
    item: 'Ingevuld op {date}',
  },
  mail: {
    title: 'E-mail niet aangekomen',
    intro:
      'Verzending lukte ook na de laatste poging niet, of de mailserver weigert het adres. Controleer het e-mailadres of geef de link zelf door.',
    empty: 'Alle e-mail is aangekomen.',
    failed: 'Verzending mislukt: {error}',
    refused: 'Adres geweigerd ({email}): {error}',
  },
  notes: {
    title: 'Niet ondertekende notities',
    intro: 'Concepten die langer dan 48 uur openstaan.',
    empty: 'Alle notities zijn ondertekend.',
    item: 'Sessie van {date}',
  },
  followUp: {
    title: 'Lang niet gezien',
    intro:
      'Actieve cliënten zonder sessie of intake in de afgelopen {weeks} weken.',
    empty: 'Iedereen is in de afgelopen {weeks} weken gezien.',
    item: 'Laatst gezien op {date}',
    weeks: 'Na',
    weeksOption: '{weeks} weken',
  },
  noImprovement: {
    title: 'Geen opvallende verbetering',
    intro:
      'Na twee vervolgmetingen nog geen opvallende verbetering in de focusdomeinen. Overweeg een andere aanpak of een verwijzing.',
    empty: 'Bij iedereen met vervolgmetingen is er beweging.',
  },
  checkInWorsening: {
    title: 'Check-in: verslechtering',
    intro:
      'De laatste check-in (eigen inschatting van de cliënt) is 2 punten of meer slechter dan de vorige, in pijn of een focusdomein.',
    empty: 'Geen check-ins met een verslechtering van 2 punten of meer.',
    pain: 'Pijn',
  },
  checkInSilence: {
    title: 'Geen check-in sinds 2 weken',
    intro:
      'Cliënten die het portaal gebruiken en al 2 weken geen check-in stuurden.',
    empty:
      'Iedereen in het portaal heeft de afgelopen 2 weken een check-in gestuurd.',
    last: 'Laatste check-in {date}',
    never: 'Nog nooit een check-in',
  },
  practice: {
    title: 'De praktijk',
    byStatus: 'Cliënten per status',
    statusLink: {
      one: '{status}: {count} cliënt, toon de lijst',
      other: '{status}: {count} cliënten, toon de lijst',
    },
    focus: 'Hoe vaak elk domein focus is',
    focusHelp: 'Aantal cliënten met dit domein als focusdomein.',
    clients: { one: '{count} cliënt', other: '{count} cliënten' },
  },
};
