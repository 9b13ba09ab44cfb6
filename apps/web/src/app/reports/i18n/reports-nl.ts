/** Dutch texts of the Rapportages page and the client-list export. */
export const practiceReportsNl = {
  intro:
    'Een rapportage vat de voortgang van één cliënt samen in een pdf: de zes domeinen, de focus, de doelen en, als je dat wilt, sessieverslagen. Voor de cliënt zelf, warm en in gewone woorden, of voor een verwijzer, beknopt en met rode vlaggen.',
  kept: 'Elke pdf wordt bij de cliënt bewaard en is later precies zo opnieuw te downloaden.',
  pick: {
    heading: 'Kies een cliënt',
    search: 'Zoek op naam',
    recent: 'Recent actief',
    found: 'Gevonden',
    none: 'Geen cliënten gevonden. Controleer de spelling of zoek op een deel van de naam.',
    empty:
      'Nog geen cliënten. Voeg eerst een cliënt toe bij Cliënten; na de intake kun je een rapportage maken.',
    loadError: 'De cliënten konden niet worden geladen.',
    open: 'Rapportage maken voor {name}',
  },
  export: {
    heading: 'Cliëntenlijst exporteren',
    body: 'Alle cliënten die je mag zien, als CSV-bestand voor een spreadsheet. Wil je een selectie? Filter de lijst bij Cliënten en exporteer daar.',
    separator: 'Scheidingsteken',
    semicolon: 'Puntkomma (Nederlandse Excel)',
    comma: 'Komma (Engelstalige spreadsheets)',
    button: 'Exporteren (CSV)',
    filteredLabel: 'Cliëntenlijst met de huidige filters exporteren als CSV',
  },
};
