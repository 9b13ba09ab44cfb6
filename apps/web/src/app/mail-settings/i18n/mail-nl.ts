/** Dutch texts of Instellingen → E-mail (the outbox and the reminder setting). */
export const mailNl = {
  title: 'E-mail',
  intro:
    'Alle e-mail die Herstelkompas namens de praktijk verstuurt: uitnodigingen voor intakes, afspraken, herinneringen, uitnodigingen voor collega’s en links voor een nieuw wachtwoord.',
  openOutbox: 'Uitgaande e-mail bekijken',
  cardIntro:
    'Bekijk wat Herstelkompas verstuurt en wanneer de herinnering voor een intake gaat.',
  noSmtp:
    'E-mail wordt niet verzonden: geen SMTP ingesteld. Alles wat verstuurd zou worden, staat hieronder, met de links erin. De beheerder stelt SMTP_URL en MAIL_FROM in (zie de README, “Mail”).',
  smtpOn:
    'E-mail wordt verzonden via de ingestelde mailserver. Lukt het niet, dan probeert Herstelkompas het later opnieuw.',
  messaging: {
    heading: 'Berichten in de persoonlijke pagina',
    label: 'Cliënten kunnen berichten sturen',
    hint: 'Uit: cliënten en behandelaars lezen eerdere berichten nog, maar niemand kan nieuwe sturen.',
  },
  checkInRedFlags: {
    heading: 'Rode vlaggen in de wekelijkse check-in',
    label: 'Korte rodevlaggenlijst in de check-in',
    hint: 'Aan: de check-in stelt eerst de vragen over huidige klachten uit de intake (zenuwen, plotselinge hevige pijn, koorts, ziek voelen). Een "ja" toont de cliënt direct wat te doen en zet een rode vlag klaar, net als bij de intake.',
  },
  reminder: {
    heading: 'Herinnering voor de intake',
    label: 'Herinnering sturen',
    off: 'Geen herinnering',
    days: { one: 'Na {count} dag', other: 'Na {count} dagen' },
    hint: 'Alleen bij intakes die per e-mail zijn verstuurd en nog niet zijn ingevuld. Een ingetrokken of verlopen link krijgt geen herinnering.',
    saved: 'Opgeslagen',
  },
  appointmentReminder: {
    heading: 'Herinnering voor afspraken',
    label: 'Herinnering sturen',
    off: 'Geen herinnering',
    hours: '{count} uur van tevoren',
    hint: 'De cliënt krijgt bij het maken, verzetten en annuleren van een afspraak een e-mail met de afspraak als bijlage, en deze herinnering. Niet bij een geannuleerde of afgeronde afspraak.',
  },
  listHeading: 'Uitgaande e-mail',
  empty: 'Nog geen e-mail.',
  to: 'Aan {email}',
  created: 'Gemaakt op {date}',
  showBody: 'Inhoud tonen',
  attachment: 'Bijlage: {name}',
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
    portal_message_notice: 'Nieuw bericht (cliënt)',
    practitioner_message_notice: 'Nieuw bericht (behandelaar)',
    appointment_confirmation: 'Bevestiging afspraak',
    appointment_update: 'Afspraak gewijzigd',
    appointment_cancellation: 'Afspraak geannuleerd',
    appointment_reminder: 'Herinnering afspraak',
  },
  status: {
    unsent: 'Wordt niet verzonden: geen SMTP ingesteld',
    scheduled: 'Gepland voor {date}',
    queued: 'Wordt verzonden',
    sending: 'Wordt verzonden',
    retrying: 'Verzending mislukt, nieuwe poging om {time}',
    sent: 'Verzonden op {date}',
    failed: {
      one: 'Verzending mislukt na {count} poging',
      other: 'Verzending mislukt na {count} pogingen',
    },
    refused: 'Geweigerd door de mailserver van de ontvanger',
    cancelled: 'Niet verzonden: niet meer nodig',
  },
  loadError: 'De e-mail kon niet worden geladen.',
};
