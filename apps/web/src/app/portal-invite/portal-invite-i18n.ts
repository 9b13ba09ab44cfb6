/** Texts of the practitioner's portal invitation (the `portalInvite` section). */
export const portalInviteNl = {
  button: 'Portaal-uitnodiging',
  title: 'Uitnodigen voor het cliëntportaal',
  intro:
    'In het portaal ziet {name} het eigen kompas, de afspraken en korte lessen. De link werkt één keer, 14 dagen lang; daarna logt de cliënt in met een link per e-mail.',
  makeLink: 'Link maken om te kopiëren',
  sendEmail: 'Per e-mail sturen',
  cancel: 'Annuleren',
  copyIntro:
    'Kopieer de link en geef hem aan de cliënt. Hij wordt maar één keer getoond.',
  copy: 'Link kopiëren',
  copied: 'Gekopieerd',
  queued: 'De uitnodiging staat klaar om te versturen naar {email}.',
  validUntil: 'De link werkt tot {date}.',
  done: 'Klaar',
};

export const portalInviteEn: typeof portalInviteNl = {
  button: 'Portal invitation',
  title: 'Invite to the client portal',
  intro:
    'In the portal {name} sees their own compass, appointments and short lessons. The link works once, for 14 days; after that the client signs in with a link by email.',
  makeLink: 'Make a link to copy',
  sendEmail: 'Send by email',
  cancel: 'Cancel',
  copyIntro: 'Copy the link and give it to the client. It is shown only once.',
  copy: 'Copy link',
  copied: 'Copied',
  queued: 'The invitation is queued to be sent to {email}.',
  validUntil: 'The link works until {date}.',
  done: 'Done',
};
