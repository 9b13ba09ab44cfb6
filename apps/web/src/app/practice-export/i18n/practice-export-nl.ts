/** Dutch texts of the practice export (Instellingen). */
export const practiceExportNl = {
  heading: 'Praktijkexport',
  body: 'Alle gegevens van je praktijk in één ZIP-bestand: elk cliëntdossier (ook als FHIR), alle intakes, scores, sessienotities, doelen, rapportages en het toegangslog. Voor een overstap naar een nieuwe installatie of een eigen archief.',
  care: 'Het bestand bevat gezondheidsgegevens van al je cliënten. Bewaar het versleuteld, stuur het nooit per e-mail en verwijder het als je het niet meer nodig hebt. Het downloaden wordt vastgelegd in het toegangslog.',
  restore:
    'Terugzetten kan alleen in een lege installatie, door de beheerder van die installatie.',
  download: 'Praktijkexport downloaden',
};
