/** Dutch texts of the "Portaal" block on the client page and the Vandaag card. */
export const clientPortalNl = {
  title: 'Portaal',
  loadError: 'Het portaal van deze cliënt kon niet worden geladen.',
  status: {
    none: 'Nog niet uitgenodigd voor het portaal',
    invited: 'Uitgenodigd op {date}, nog nooit ingelogd',
    active: 'Actief in het portaal',
  },
  lastVisit: 'Laatste bezoek: {date} om {time}',
  lessons: '{read} van {total} lessen gelezen',
  lessonsNone: 'Nog geen lessen gelezen',
  readOn: 'gelezen op {date}',
  unread: {
    none: 'Geen ongelezen berichten',
    one: '1 ongelezen bericht',
    many: '{count} ongelezen berichten',
  },
  openMessages: 'Berichten openen',
  messagingOff: 'Berichten staan uit voor de praktijk.',
  home: {
    title: 'Nieuwe berichten',
    empty: 'Geen nieuwe berichten van cliënten.',
    loadError: 'De nieuwe berichten konden niet worden geladen.',
    count: {
      one: '1 nieuw bericht',
      many: '{count} nieuwe berichten',
    },
    latest: 'laatste {date} {time}',
  },
};
