/** Dutch texts of Instellingen → E-mail (the outbox and the reminder setting). */
export const mailNl = {
  title: 'E-mail',
  intro:
    'Alle e-mail die Herstelkompas namens de praktijk verstuurt: uitnodigingen voor intakes, herinneringen, uitnodigingen voor collega’s en links voor een nieuw wachtwoord.',
  openOutbox: 'Uitgaande e-mail bekijken',
  cardIntro:
    'Bekijk wat Herstelkompas verstuurt en wanneer de herinnering voor een intake gaat.',
  noSmtp:
    'E-mail wordt niet verzonden: geen SMTP ingesteld. Alles wat verstuurd zou worden, staat hieronder, met de links erin. De beheerder stelt SMTP_URL en MAIL_FROM in (zie de README, “Mail”).',
  smtpOn:
    'E-mail wordt verzonden via de ingestelde mailserver. Lukt het niet, dan probeert Herstelkompas het later opnieuw.',
  reminder: {
    heading: 'Herinnering voor de intake',
    label: 'Herinnering sturen',
    off: 'Geen herinnering',
    days: 'Na {count} dagen',
    hint: 'Alleen bij intakes die per e-mail zijn verstuurd en nog niet zijn ingevuld. Een ingetrokken of verlopen link krijgt geen herinnering.',
    saved: 'Opgeslagen',
  },
  listHeading: 'Uitgaande e-mail',
  empty: 'Nog geen e-mail.',
  to: 'Aan {email}',
  created: 'Gemaakt op {date}',
  showBody: 'Inhoud tonen',
  kinds: {
    intake_invitation: 'Uitnodiging intake',
    intake_reminder: 'Herinnering intake',
    team_invitation: 'Uitnodiging collega',
    password_reset: 'Nieuw wachtwoord',
    mfa_enrolled_notice:
      'Tweestapsverificatie ingesteld (bericht aan eigenaar)',
    mfa_disabled_notice: 'Tweestapsverificatie uitgezet (bericht aan eigenaar)',
    portal_invitation: 'Uitnodiging cliëntportaal',
    portal_sign_in: 'Inloglink cliëntportaal',
  },
  status: {
    unsent: 'Wordt niet verzonden: geen SMTP ingesteld',
    scheduled: 'Gepland voor {date}',
    queued: 'Wordt verzonden',
    sending: 'Wordt verzonden',
    retrying: 'Verzending mislukt, nieuwe poging om {time}',
    sent: 'Verzonden op {date}',
    failed: 'Verzending mislukt na {count} pogingen',
    refused: 'Geweigerd door de mailserver van de ontvanger',
    cancelled: 'Niet verzonden: niet meer nodig',
  },
  loadError: 'De e-mail kon niet worden geladen.',
};
