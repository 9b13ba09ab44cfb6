/** Dutch texts of the Intakes page (the `intakes` section of nl.ts). */
export const intakesNl = {
  intro: 'Verstuurde intakes die nog niet zijn ingevuld, in de hele praktijk.',
  tableLabel: 'Openstaande intakes',
  columns: {
    client: 'Cliënt',
    practitioner: 'Behandelaar',
    variant: 'Soort',
    status: 'Status',
    sent: 'Verstuurd',
    expires: 'Verloopt',
    actions: 'Acties',
  },
  count: {
    one: '1 openstaande intake',
    other: '{count} openstaande intakes',
  },
  attentionCount: {
    one: '{count} vraagt aandacht',
    other: '{count} vragen aandacht',
  },
  overdue: 'Te lang open',
  locked: 'Geblokkeerd: stuur een nieuwe link',
  urgentInDraft: 'Dringend antwoord in niet-verstuurde vragenlijst',
  sentOn: 'Verstuurd op {date} ({age})',
  expiresOn: 'verloopt op {date}',
  revokeLabel: 'Intake van {name} intrekken',
  revoked: 'De link van {name} is ingetrokken.',
  emptyTitle: 'Geen openstaande intakes',
  emptyBody:
    'Alle verstuurde intakes zijn ingevuld of gestopt. Een nieuwe intake verstuur je vanaf de pagina van een cliënt.',
  toClients: 'Naar cliënten',
  loadError: 'De intakes konden niet worden geladen.',
};
