/** Dutch texts of the Tijdlijn tab (the `clientTimeline` section of nl.ts). */
export const timelineNl = {
  title: 'Tijdlijn',
  filterLabel: 'Filter op domein',
  all: 'Alle domeinen',
  kinds: {
    assessment: 'Meting',
    decision: 'Prioriteit',
    note: 'Sessienotitie',
    goal: 'Doel',
  },
  by: 'door {name}',
  loadError: 'De tijdlijn kon niet worden geladen.',
  emptyTitle: 'Nog niets op de tijdlijn',
  emptyBody:
    'Metingen, besluiten, sessienotities en doelen komen hier vanzelf te staan, de nieuwste bovenaan. Stuur een intake of schrijf een eerste notitie.',
  noResultsTitle: 'Niets voor dit domein',
  noResultsBody:
    'Voor dit domein staat nog niets op de tijdlijn. Kies “Alle domeinen” om alles te zien.',
};
