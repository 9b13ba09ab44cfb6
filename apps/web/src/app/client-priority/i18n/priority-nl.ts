/** Dutch texts of the Prioriteiten tab (the `clientPriority` section of nl.ts). */
export const priorityNl = {
  title: 'Prioriteiten',
  computedHeading: 'Berekend',
  computedFrom: 'Uit de meting van {date}',
  chosenHeading: 'Gekozen door behandelaar',
  chosenHint:
    'Sleep een domein naar zijn plek of gebruik de pijlen. Kies één tot drie focusdomeinen.',
  score: 'score {score}',
  noScore: 'geen score',
  tied: 'gelijk met {domains}',
  closeCall: 'nipt verschil — jouw oordeel telt',
  focusBadge: 'focus',
  computedPlace: 'berekend: {rank}',
  computedNoPlace: 'berekend: geen plek',
  noPlace: 'Geen plek: niet te beoordelen',
  place: 'Plaats {rank}',
  pendingMedical: 'In afwachting van medische beoordeling',
  pendingMedicalBody:
    'Er staat een rode vlag open. Begin met de focus zodra de huisarts of specialist heeft gekeken.',
  focus: 'Focus',
  focusLabel: '{domain} als focusdomein',
  focusMax:
    'Je hebt drie focusdomeinen gekozen. Haal er eerst een weg om een ander te kiezen.',
  moveUp: '{domain} een plaats omhoog',
  moveDown: '{domain} een plaats omlaag',
  moved: '{domain} staat nu op plaats {rank} van 6.',
  orderLabel: 'Gekozen volgorde van de domeinen',
  reasonCode: 'Reden',
  reasonText: 'Toelichting',
  reasonTextHint: 'Nodig omdat je afwijkt van de berekende volgorde of focus.',
  reasonTextOptional: 'Optioneel zolang je de berekende volgorde volgt.',
  differs: 'afwijkend van berekend',
  same: 'gelijk aan berekend',
  save: 'Besluit opslaan',
  unchanged:
    'Dit is het huidige besluit. Verander de volgorde, de focus of de reden om een nieuw besluit op te slaan.',
  saved: 'Besluit opgeslagen',
  reset: 'Terug naar berekende volgorde',
  resetDone: 'De berekende volgorde en focus staan er weer.',
  loadError: 'De prioriteiten konden niet worden geladen.',
  saveError: 'Het besluit is niet opgeslagen.',
  keptTyped: 'Je keuzes staan er nog.',
  emptyTitle: 'Nog geen meting',
  emptyBody:
    'Zodra de intake is ingevuld, zie je hier welke domeinen het meest verstoord zijn. Stuur eerst een intake; daarna kies je hier waar je begint.',
  olderDecision:
    'Het laatste besluit ({date}) hoort bij een eerdere meting. Hieronder staat de nieuwe berekening; kies opnieuw.',
  history: {
    heading: 'Eerdere besluiten',
    empty:
      'Nog geen besluiten. Kies de volgorde en focus en sla je eerste besluit op.',
    by: '{date} door {name}',
    order: 'Volgorde',
    focus: 'Focus',
    reason: 'Reden',
    current: 'huidig',
  },
};
