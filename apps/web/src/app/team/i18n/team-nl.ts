/** Dutch texts of Instellingen → Team (the `team` section). */
export const teamNl = {
  intro:
    'Nodig collega’s uit en bepaal wie eigenaar is. Eigenaren zien alle cliënten, het team en het logboek.',
  invite: 'Collega uitnodigen',
  tableLabel: 'Teamleden',
  columns: {
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    status: 'Status',
    actions: 'Acties',
  },
  roles: { owner: 'Eigenaar', practitioner: 'Behandelaar' },
  status: {
    active: 'Actief',
    invited: 'Uitgenodigd',
    inactive: 'Gedeactiveerd',
  },
  actionsFor: 'Acties voor {name}',
  makeOwner: 'Eigenaar maken',
  makePractitioner: 'Behandelaar maken',
  deactivate: 'Deactiveren',
  reactivate: 'Heractiveren',
  sendReset: 'Herstellink sturen',
  resetTitle: 'Herstellink sturen aan {name}?',
  resetBody:
    '{name} krijgt een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt 30 minuten en één keer; het huidige wachtwoord werkt tot er een nieuw is gekozen.',
  resetSent: 'De e-mail met de herstellink aan {email} wordt verzonden.',
  roleTitle: 'Rol wijzigen?',
  roleBody:
    '{name} wordt {role}. {name} wordt daarbij uitgelogd en logt opnieuw in met de nieuwe rol.',
  deactivateTitle: '{name} deactiveren?',
  deactivateBody:
    '{name} kan dan niet meer inloggen en wordt meteen uitgelogd. De cliënten van {name} blijven bewaard; wijs ze zo nodig toe aan een collega.',
  reactivateTitle: '{name} heractiveren?',
  reactivateBody: '{name} kan dan weer inloggen met het eigen wachtwoord.',
  updated: 'Bijgewerkt',
  loadError: 'Het team kon niet worden geladen.',
  inviteDialog: {
    title: 'Collega uitnodigen',
    intro:
      'Je collega krijgt een persoonlijke link om een wachtwoord in te stellen.',
    email: 'E-mailadres',
    name: 'Naam',
    nameHint: 'Zoals collega’s en cliënten de naam zien.',
    role: 'Rol',
    roleHelp: {
      practitioner:
        'Ziet de eigen cliënten en de cliënten die met hem of haar gedeeld zijn.',
      owner: 'Ziet alle cliënten, het team en het logboek.',
    },
    submit: 'Uitnodiging maken',
    submitting: 'Bezig met uitnodigen…',
    nameRequired: 'Vul de naam in.',
    emailRequired: 'Vul het e-mailadres in.',
    emailFormat: 'Vul een geldig e-mailadres in, zoals naam@praktijk.nl.',
    doneTitle: 'Uitnodiging klaar',
    linkLabel: 'Persoonlijke link voor {name}',
    linkExplain:
      'Geef deze link persoonlijk door aan {name}, bijvoorbeeld in een gesprek of in een eigen bericht. Met de link stelt {name} een wachtwoord in. De link werkt één keer en is geldig tot {date}.',
    linkOnce: 'Je ziet deze link alleen nu.',
    byEmail: 'De uitnodiging ook per e-mail versturen',
    emailQueued:
      'De uitnodiging gaat ook per e-mail naar {email}. Of hij is verzonden, zie je onder Instellingen → E-mail.',
    copy: 'Link kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
    done: 'Klaar',
  },
};
