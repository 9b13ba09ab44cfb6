/** Dutch texts of the Tijdlijn tab (the `clientTimeline` section of nl.ts). */
export const timelineNl = {
  title: 'Tijdlijn',
  filterLabel: 'Filter op domein',
  all: 'Alle domeinen',
  kinds: {
    assessment: 'Meting',
    check_in: 'Check-in (eigen inschatting)',
    decision: 'Prioriteit',
    note: 'Sessienotitie',
    addendum: 'Aanvulling',
    goal: 'Doel',
    homework: 'Huiswerk',
    invitation: 'Intakelink',
    red_flag: 'Rode vlag',
    red_flag_handled: 'Rode vlag afgehandeld',
    report: 'Rapportage',
  },
  by: 'door {name}',
  loadError: 'De tijdlijn kon niet worden geladen.',
  emptyTitle: 'Nog niets op de tijdlijn',
  emptyBody:
    'Intakelinks, metingen, rode vlaggen, besluiten, sessienotities, doelen en rapportages komen hier vanzelf te staan, de nieuwste bovenaan. Stuur een intake of schrijf een eerste notitie.',
  noResultsTitle: 'Niets voor dit domein',
  noResultsBody:
    'Voor dit domein staat nog niets op de tijdlijn. Kies “Alle domeinen” om alles te zien.',
};
