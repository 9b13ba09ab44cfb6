/**
 * Dutch texts for sending intakes (the `clientIntake` section of nl.ts).
 * The invitation e-mail itself is in invitation-mail.ts: it follows the
 * client's language, not the practitioner's.
 */
export const clientIntakeNl = {
  send: 'Intake versturen',
  variants: { baseline: 'Eerste intake', follow_up: 'Vervolgmeting' },
  status: {
    sent: 'Verstuurd',
    opened: 'Geopend',
    in_progress: 'Bezig met invullen',
    submitted: 'Ingevuld',
    expired: 'Verlopen',
    revoked: 'Ingetrokken',
  },
  dialog: {
    title: 'Intake versturen',
    intro:
      '{name} krijgt een persoonlijke link naar de vragenlijst. Invullen duurt ongeveer 10 tot 15 minuten.',
    variant: 'Welke vragenlijst?',
    variantHelp: {
      baseline:
        'De volledige vragenlijst: de zes domeinen, pijn, voorgeschiedenis en rode vlaggen.',
      follow_up:
        'Korter: de zes domeinen, pijn en rode vlaggen, om de verandering te zien.',
    },
    openLinks: {
      one: 'Er staat al een link open. Die blijft werken; trek hem in bij Intakes op het overzicht als hij niet meer nodig is.',
      other:
        'Er staan al {count} links open. Die blijven werken; trek ze in bij Intakes op het overzicht als ze niet meer nodig zijn.',
    },
    sendBy: 'Hoe krijgt {name} de link?',
    sendByEmail: 'Per e-mail versturen naar {email}',
    sendByEmailHelp:
      'Herstelkompas stuurt de uitnodiging zelf, in het {language}. Je ziet bij de intake of hij is aangekomen.',
    sendByLink: 'Zelf doorgeven',
    sendByLinkHelp:
      'Kopiëren, QR-code in de praktijk of je eigen e-mailprogramma.',
    expiry: 'Geldig',
    expiryOption: '{days} dagen',
    expiryHint:
      'Daarna werkt de link niet meer; je kunt altijd een nieuwe maken.',
    create: 'Link maken',
    createAndSend: 'Versturen',
    creating: 'Bezig met maken…',
    doneTitle: 'De link is klaar',
    emailQueued:
      'De uitnodiging gaat per e-mail naar {email}. Of hij is aangekomen, zie je bij de intake op deze pagina.',
    doneIntro:
      'Geef {name} deze persoonlijke link ({variant}). Hij werkt tot {date}; {name} vult eerst ter controle de geboortedatum in.',
    linkLabel: 'Persoonlijke link voor {name}',
    copy: 'Link kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
    once: 'Je ziet deze link alleen nu: hij wordt niet leesbaar bewaard. Kwijt? Maak dan een nieuwe.',
    qrTitle: 'In de praktijk invullen',
    qrLabel: 'QR-code met de link naar de vragenlijst',
    qrHelp:
      'Scan de code met de tablet van de praktijk en geef de tablet aan {name}.',
    mailTitle: 'Per e-mail',
    mail: 'E-mail openen',
    mailHelp:
      'Opent je e-mailprogramma met een kant-en-klare uitnodiging aan {email}, in het {language}. Lees hem na en verstuur hem zelf.',
    languages: { nl: 'Nederlands', en: 'Engels' },
    done: 'Klaar',
  },
  list: {
    title: 'Intakes',
    intro: 'Verstuurde links en hoe ver de cliënt is.',
    empty: 'Nog geen intake verstuurd.',
    sent: 'Verstuurd op {date} ({age})',
    age: {
      zero: 'vandaag',
      one: '1 dag geleden',
      other: '{count} dagen geleden',
    },
    expires: 'verloopt op {date}',
    expired: 'verlopen op {date}',
    submitted: 'ingevuld op {date}',
    revokedShort: 'werkt niet meer',
    overdue: 'Te lang open: na 7 dagen nog niet ingevuld',
    locked: 'Geblokkeerd na te veel pogingen — stuur een nieuwe link',
    urgentInDraft:
      'Dringend: in het nog niet verstuurde concept staat een antwoord waarbij de cliënt vandaag de huisarts moet bellen',
    revoke: 'Intrekken',
    resend: 'Opnieuw versturen',
    revoked: 'De link is ingetrokken en werkt niet meer.',
    loadError: 'De intakes konden niet worden geladen.',
    delivery: {
      queued: 'E-mail aan {email} wordt verzonden',
      sending: 'E-mail aan {email} wordt verzonden',
      scheduled: 'E-mail aan {email} gepland',
      sent: 'E-mail aan {email} verzonden op {date}',
      retrying: 'Verzending mislukt, nieuwe poging om {time}',
      failed: {
        one: 'Verzending mislukt na {count} poging: {error}',
        other: 'Verzending mislukt na {count} pogingen: {error}',
      },
      refused:
        'De mailserver weigert {email}: {error}. Controleer het e-mailadres.',
      unsent:
        'Wordt niet verzonden: geen SMTP ingesteld (zie Instellingen → E-mail)',
      cancelled:
        'E-mail niet verzonden: de link was al ingetrokken of verlopen',
    },
  },
  state: {
    label: 'Stand van de intake',
    none: 'Nog geen intake verstuurd',
    // A measurement came in without a link (entered in the practice or imported).
    noneWithAssessment: 'Meting aanwezig · nog geen intakelink verstuurd',
    sentEmail: '{variant} per e-mail verstuurd op {date}',
    sentLink: '{variant} als link gemaakt op {date}',
    notOpened: 'nog niet geopend',
    opened: 'geopend op {date}',
    inProgress: 'bezig met invullen',
    reminderSent: 'herinnering verstuurd op {date}',
    reminderPlanned: 'herinnering gepland op {date}',
    expires: 'verloopt op {date}',
    submitted: '{variant} ingevuld op {date}',
    expired: '{variant}: de link is verlopen op {date}',
    revoked: '{variant}: de link is ingetrokken op {date}',
    locked: 'geblokkeerd na te veel pogingen',
    mailProblem: 'e-mail niet aangekomen',
    resend: 'Opnieuw versturen',
  },
};
