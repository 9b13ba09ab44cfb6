/** Dutch texts of Instellingen → Praktijk (the letterhead of reports and mail). */
export const practiceNl = {
  title: 'Praktijk',
  intro:
    'Deze gegevens staan bovenaan elke rapportage en onderaan elke e-mail die Herstelkompas namens de praktijk verstuurt.',
  readOnly:
    'Alleen de eigenaar van de praktijk kan deze gegevens wijzigen. Klopt er iets niet? Vraag het de eigenaar.',
  cardIntro:
    'Naam, adres, contactgegevens en logo van de praktijk, voor rapportages en e-mail.',
  open: 'Praktijkgegevens',
  details: 'Gegevens',
  name: 'Naam van de praktijk',
  street: 'Straat en huisnummer',
  postalCode: 'Postcode',
  postalCodeHint: 'Bijvoorbeeld 1234 AB',
  city: 'Plaats',
  phone: 'Telefoonnummer',
  email: 'E-mailadres',
  website: 'Website',
  websiteHint: 'Bijvoorbeeld praktijk.nl; https:// komt er vanzelf voor',
  kvk: 'KvK-nummer',
  agb: 'AGB-code',
  optional: 'Niet verplicht',
  reportClosing: 'Standaard afsluiting van rapportages',
  reportClosingHint:
    'Staat onder elke rapportage waarbij de behandelaar zelf geen afsluiting schrijft.',
  privacyStatementUrl: 'Adres van de privacyverklaring',
  privacyStatementUrlHint:
    'Cliënten openen deze pagina vanuit de toestemming in de intake.',
  save: 'Opslaan',
  saving: 'Even opslaan…',
  saved: 'De praktijkgegevens zijn opgeslagen.',
  empty: 'Niet ingevuld',
  errors: {
    required: 'Vul de naam van de praktijk in.',
    postalCode: 'Vul een postcode in als 1234 AB.',
    phone:
      'Vul een telefoonnummer in van minstens 10 cijfers; alleen cijfers, spaties, +, - en haakjes.',
    email: 'Vul een geldig e-mailadres in, bijvoorbeeld info@praktijk.nl.',
    website:
      'Vul een webadres in dat met https:// begint, bijvoorbeeld https://praktijk.nl.',
    kvk: 'Een KvK-nummer heeft 8 cijfers.',
    agb: 'Een AGB-code heeft 8 cijfers.',
  },
  logo: {
    heading: 'Logo',
    intro:
      'PNG of JPEG, hoogstens 1 MB. Het logo wordt verkleind tot hoogstens 600 × 200 pixels.',
    none: 'Nog geen logo.',
    alt: 'Logo van {practice}',
    choose: 'Logo kiezen',
    replace: 'Ander logo kiezen',
    remove: 'Logo verwijderen',
    uploading: 'Logo uploaden…',
    uploaded: 'Het logo is opgeslagen.',
    removed: 'Het logo is verwijderd.',
    wrongType:
      'Kies een PNG- of JPEG-afbeelding. Andere bestanden (zoals SVG) worden niet aangenomen.',
    tooLarge: 'Het logo is groter dan 1 MB. Kies een kleiner bestand.',
  },
  signature: {
    heading: 'Jouw ondertekening',
    intro:
      'Onder rapportages van jouw cliënten staan je naam, je beroep en je registratie.',
    profession: 'Beroep',
    professionHint: 'Bijvoorbeeld Oefentherapeut',
    registration: 'Registratie',
    registrationHint: 'Bijvoorbeeld BIG 12345678 of KP-register 1234',
    save: 'Ondertekening opslaan',
    saved: 'Je ondertekening is opgeslagen.',
  },
};
