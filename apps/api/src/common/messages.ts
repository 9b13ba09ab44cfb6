import type { Language } from '@herstelkompas/contracts';

/**
 * User-facing API messages. The web app shows these as they come, so they are
 * written for the practitioner, in both languages.
 */
const MESSAGES = {
  invalid_credentials: {
    nl: 'Het e-mailadres of wachtwoord klopt niet.',
    en: 'The email address or password is incorrect.',
  },
  locked: {
    nl: 'Te veel mislukte pogingen. Probeer het opnieuw om {time}.',
    en: 'Too many failed attempts. Try again at {time}.',
  },
  rate_limited: {
    nl: 'Te veel pogingen vanaf dit netwerk. Probeer het opnieuw om {time}.',
    en: 'Too many attempts from this network. Try again at {time}.',
  },
  unauthenticated: { nl: 'Log eerst in.', en: 'Please sign in first.' },
  mfa_invalid_code: {
    nl: 'Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in je app en probeer het opnieuw.',
    en: 'This code is incorrect or has been used already. Wait for a new code in your app and try again.',
  },
  mfa_pending_expired: {
    nl: 'Je aanmelding is verlopen. Log opnieuw in met je wachtwoord.',
    en: 'Your sign-in has expired. Please sign in again with your password.',
  },
  mfa_setup_required: {
    nl: 'Stel eerst tweestapsverificatie in; daarna kun je verder.',
    en: 'Set up two-step verification first; then you can continue.',
  },
  mfa_required: {
    nl: 'Tweestapsverificatie is verplicht voor jouw account en kan niet uit.',
    en: 'Two-step verification is required for your account and cannot be turned off.',
  },
  mfa_already_enabled: {
    nl: 'Tweestapsverificatie staat al aan.',
    en: 'Two-step verification is already on.',
  },
  mfa_not_enabled: {
    nl: 'Tweestapsverificatie staat niet aan.',
    en: 'Two-step verification is not on.',
  },
  mfa_no_enrolment: {
    nl: 'Begin opnieuw met het instellen van tweestapsverificatie.',
    en: 'Start setting up two-step verification again.',
  },
  session_expired: {
    nl: 'Je sessie is verlopen. Log opnieuw in.',
    en: 'Your session has expired. Please sign in again.',
  },
  csrf: {
    nl: 'Dit verzoek is geweigerd ter beveiliging. Vernieuw de pagina en probeer het opnieuw.',
    en: 'This request was refused for security reasons. Reload the page and try again.',
  },
  forbidden: {
    nl: 'Je hebt hier geen toegang toe.',
    en: 'You do not have access to this.',
  },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  validation: {
    nl: 'Niet alle velden zijn goed ingevuld.',
    en: 'Some fields are not filled in correctly.',
  },
  messaging_off: {
    nl: 'Je praktijk heeft berichten uitgezet. Neem contact op per telefoon of e-mail.',
    en: 'Your practice has turned messages off. Get in touch by phone or email.',
  },
  conflict: {
    nl: 'Iemand anders heeft dit intussen gewijzigd.',
    en: 'Someone else changed this in the meantime.',
  },
  payload_too_large: {
    nl: 'Het verzoek is te groot.',
    en: 'The request is too large.',
  },
  bad_json: {
    nl: 'Het verzoek kon niet worden gelezen.',
    en: 'The request could not be read.',
  },
  bad_path: {
    nl: 'Dit adres bestaat niet in deze vorm.',
    en: 'This address does not exist in this form.',
  },
  json_only: {
    nl: 'Stuur dit verzoek als JSON (Content-Type: application/json).',
    en: 'Send this request as JSON (Content-Type: application/json).',
  },
  too_deep: {
    nl: 'Het verzoek is te diep genest.',
    en: 'The request is nested too deeply.',
  },
  database_unavailable: {
    nl: 'De database is even niet bereikbaar. Probeer het zo opnieuw.',
    en: 'The database is unavailable right now. Please try again shortly.',
  },
  report_busy: {
    nl: 'Het rapport is nu niet op tijd klaar, omdat het druk is. Probeer het zo opnieuw.',
    en: 'The report could not be finished in time because it is busy. Please try again shortly.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw.',
    en: 'Something went wrong on our side. Please try again.',
  },
  portal_link_unavailable: {
    nl: 'Deze link werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe inloglink aan of neem contact op met je behandelaar.',
    en: 'This link no longer works: it has been used or has expired. Ask for a new sign-in link or contact your practitioner.',
  },
  portal_link_locked: {
    nl: 'Deze link is geblokkeerd na te veel pogingen. Neem contact op met je behandelaar; die kan je een nieuwe uitnodiging sturen.',
    en: 'This link has been locked after too many attempts. Please contact your practitioner, who can send you a new invitation.',
  },
  portal_verify_required: {
    nl: 'Vul eerst je geboortedatum in.',
    en: 'Please enter your date of birth first.',
  },
  portal_verify_failed: {
    nl: 'Deze geboortedatum klopt niet. Je kunt het nog {left} keer proberen.',
    en: 'This date of birth does not match. You can try {left} more time(s).',
  },
  intake_unavailable: {
    nl: 'Deze link werkt niet (meer). Vraag je behandelaar om een nieuwe link.',
    en: 'This link does not work (any more). Ask your practitioner for a new link.',
  },
  intake_locked: {
    nl: 'Deze link is geblokkeerd na te veel pogingen. Neem contact op met je behandelaar; die kan je een nieuwe link sturen.',
    en: 'This link has been locked after too many attempts. Please contact your practitioner, who can send you a new link.',
  },
  intake_verify_required: {
    nl: 'Vul eerst je geboortedatum in.',
    en: 'Please enter your date of birth first.',
  },
  intake_verify_failed: {
    nl: 'Deze geboortedatum klopt niet. Je kunt het nog {left} keer proberen.',
    en: 'This date of birth does not match. You can try {left} more time(s).',
  },
  consent_required: {
    nl: 'Geef eerst toestemming voor het verwerken van je gegevens.',
    en: 'Please give your consent for processing your data first.',
  },
  unknown_privacy_version: {
    nl: 'Deze versie van de privacyverklaring is niet de actuele. Vernieuw de pagina.',
    en: 'This is not the current version of the privacy statement. Please reload the page.',
  },
  no_assessment: {
    nl: 'Er is nog geen ingevulde intake; de volgorde volgt na de eerste intake.',
    en: 'There is no completed intake yet; the priority follows the first intake.',
  },
  note_signed: {
    nl: 'Deze notitie is ondertekend en kan niet meer worden gewijzigd. Voeg een aanvulling toe.',
    en: 'This note is signed and can no longer be changed. Add an addendum instead.',
  },
  note_not_signed: {
    nl: 'Een aanvulling kan alleen bij een ondertekende notitie; pas het concept zelf aan.',
    en: 'An addendum is only for a signed note; edit the draft itself.',
  },
  // field-level
  note_not_reportable: {
    nl: 'Alleen ondertekende notities van deze cliënt die voor rapportages zijn gemarkeerd, kunnen erin.',
    en: "Only this client's signed notes that are marked for reports can be included.",
  },
  report_range: {
    nl: 'Kies twee metingen van deze cliënt, de beginmeting vóór de laatste.',
    en: "Choose two of this client's measurements, the baseline before the latest.",
  },
  required: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  wrong_password: {
    nl: 'Je huidige wachtwoord klopt niet.',
    en: 'Your current password is incorrect.',
  },
  invalid_code: {
    nl: 'Deze code klopt niet of is al gebruikt.',
    en: 'This code is incorrect or has been used already.',
  },
  weak_password: {
    nl: 'Dit wachtwoord is te makkelijk te raden. Kies bijvoorbeeld een zin van een paar losse woorden, zonder veelgebruikte wachtwoorden, namen of reeksen als 1234.',
    en: 'This password is too easy to guess. Try a phrase of a few unrelated words, without common passwords, names or sequences like 1234.',
  },
  invalid_email: {
    nl: 'Vul een geldig e-mailadres in.',
    en: 'Enter a valid email address.',
  },
  too_short: {
    nl: 'Gebruik minstens {min} tekens.',
    en: 'Use at least {min} characters.',
  },
  too_long: {
    nl: 'Gebruik hoogstens {max} tekens.',
    en: 'Use at most {max} characters.',
  },
  invalid_value: {
    nl: 'Kies een van de toegestane waarden.',
    en: 'Choose one of the allowed values.',
  },
  wrong_type: {
    nl: 'Deze waarde heeft niet de juiste vorm.',
    en: 'This value has the wrong format.',
  },
  unknown_field: {
    nl: 'Dit veld is onbekend.',
    en: 'This field is not known.',
  },
  invalid_characters: {
    nl: 'Deze tekst bevat een teken dat niet is toegestaan.',
    en: 'This text contains a character that is not allowed.',
  },
  single_line: {
    nl: 'Gebruik één regel tekst, zonder onzichtbare tekens of stuurtekens.',
    en: 'Use a single line of text, without invisible or control characters.',
  },
  invalid_id: {
    nl: 'Deze link of verwijzing klopt niet.',
    en: 'This link or reference is not valid.',
  },
  invalid_birth_date: {
    nl: 'Vul een geldige geboortedatum in, niet in de toekomst.',
    en: 'Enter a valid date of birth, not in the future.',
  },
  invalid_date: {
    nl: 'Vul een bestaande datum in, niet vóór 1900.',
    en: 'Enter a date that exists, not before 1900.',
  },
  invalid_phone: {
    nl: 'Vul een telefoonnummer in met cijfers, bijvoorbeeld 06-12345678.',
    en: 'Enter a phone number with digits, for example 06-12345678.',
  },
  invalid_postal_code: {
    nl: 'Vul een postcode in als 1234 AB.',
    en: 'Enter a Dutch postal code such as 1234 AB.',
  },
  invalid_practice_phone: {
    nl: 'Vul een telefoonnummer in van minstens 10 cijfers; alleen cijfers, spaties, +, - en haakjes.',
    en: 'Enter a phone number of at least 10 digits; only digits, spaces, +, - and parentheses.',
  },
  invalid_website: {
    nl: 'Vul een webadres in dat met https:// begint, bijvoorbeeld https://praktijk.nl.',
    en: 'Enter a web address starting with https://, for example https://practice.nl.',
  },
  invalid_kvk: {
    nl: 'Een KvK-nummer heeft 8 cijfers.',
    en: 'A KvK number has 8 digits.',
  },
  invalid_agb: {
    nl: 'Een AGB-code heeft 8 cijfers.',
    en: 'An AGB code has 8 digits.',
  },
  logo_type: {
    nl: 'Kies een PNG- of JPEG-afbeelding. Andere bestanden (zoals SVG) worden niet aangenomen.',
    en: 'Choose a PNG or JPEG image. Other files (such as SVG) are not accepted.',
  },
  logo_unreadable: {
    nl: 'Dit bestand is geen leesbare PNG- of JPEG-afbeelding.',
    en: 'This file is not a readable PNG or JPEG image.',
  },
  logo_too_large: {
    nl: 'Het logo is groter dan 1 MB. Kies een kleiner bestand.',
    en: 'The logo is larger than 1 MB. Choose a smaller file.',
  },
  out_of_range: {
    nl: 'Deze waarde valt buiten het toegestane bereik.',
    en: 'This value is out of range.',
  },
  too_many: { nl: 'Kies hoogstens {max}.', en: 'Choose at most {max}.' },
  not_in_practice: {
    nl: 'Deze behandelaar hoort niet bij je praktijk.',
    en: 'This practitioner is not part of your practice.',
  },
  client_manage_only: {
    nl: 'Alleen de eigenaar en de verantwoordelijke behandelaar kunnen dit doen.',
    en: 'Only the owner and the responsible practitioner can do this.',
  },
  note_author_only: {
    nl: 'Alleen wie deze notitie schreef kan het concept bewerken en ondertekenen; na ondertekening kun je een aanvulling toevoegen.',
    en: 'Only the author of this note can edit and sign the draft; once it is signed you can add an addendum.',
  },
  owner_only: {
    nl: 'Alleen de eigenaar van de praktijk kan dit doen.',
    en: 'Only the owner of the practice can do this.',
  },
  already_in_team: {
    nl: 'Dit e-mailadres hoort al bij iemand in je team.',
    en: 'This email address already belongs to someone in your team.',
  },
  last_owner: {
    nl: 'De praktijk heeft minstens één actieve eigenaar nodig.',
    en: 'The practice needs at least one active owner.',
  },
  client_no_email: {
    nl: 'Deze cliënt heeft geen e-mailadres. Vul het eerst in, of kopieer de link.',
    en: 'This client has no email address. Add it first, or copy the link.',
  },
  reset_no_password: {
    nl: 'Deze collega heeft nog geen wachtwoord ingesteld. Stuur de uitnodiging opnieuw.',
    en: 'This colleague has not set a password yet. Send the invitation again.',
  },
  reset_inactive: {
    nl: 'Dit account is gedeactiveerd. Heractiveer het eerst.',
    en: 'This account is deactivated. Reactivate it first.',
  },
  reset_invalid: {
    nl: 'Deze link is niet (meer) geldig. Vraag op de inlogpagina een nieuwe aan.',
    en: 'This link is no longer valid. Ask for a new one on the sign-in page.',
  },
  appointment_overlap: {
    nl: 'Deze afspraak overlapt met een andere afspraak van deze behandelaar. Bevestig als je hem toch wilt inplannen.',
    en: "This appointment overlaps another of this practitioner's appointments. Confirm if you want to book it anyway.",
  },
  start_in_past: {
    nl: 'Kies een begintijd in de toekomst.',
    en: 'Choose a start time in the future.',
  },
  start_nonexistent: {
    nl: 'Deze tijd bestaat niet: bij de overgang naar zomertijd gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    en: 'This time does not exist: when summer time starts the clock jumps from 02:00 to 03:00. Choose another time.',
  },
  invalid_date_time: {
    nl: 'Vul een geldige datum en tijd in.',
    en: 'Enter a valid date and time.',
  },
  invalid_range: {
    nl: 'De einddatum ligt voor de begindatum.',
    en: 'The end date is before the start date.',
  },
  follow_up_one_rule: {
    nl: 'Kies één van beide: elke zoveel weken, of op een datum.',
    en: 'Choose one of the two: every so many weeks, or on a date.',
  },
  follow_up_date_in_past: {
    nl: 'Kies vandaag of een datum in de toekomst.',
    en: 'Choose today or a date in the future.',
  },
  practitioner_no_access: {
    nl: 'Deze behandelaar heeft geen toegang tot deze cliënt. Deel de cliënt eerst met deze behandelaar.',
    en: 'This practitioner has no access to this client. Share the client with them first.',
  },
  check_in_scale: {
    nl: 'Kies een heel getal van 0 tot en met 10.',
    en: 'Choose a whole number from 0 to 10.',
  },
  sleep_hours: {
    nl: 'Vul 0 tot en met 14 uur in, in halve uren.',
    en: 'Enter 0 to 14 hours, in half hours.',
  },
  daily_log_day: {
    nl: 'Kies vandaag of een dag in de afgelopen week.',
    en: 'Choose today or a day in the past week.',
  },
  check_in_submitted: {
    nl: 'Je hebt je check-in van deze week al verstuurd. Wil je hem vervangen door deze?',
    en: "You already sent this week's check-in. Do you want to replace it with this one?",
  },
  invitation_invalid: {
    nl: 'Deze link is niet (meer) geldig. Vraag de eigenaar van je praktijk om een nieuwe uitnodiging.',
    en: 'This link is no longer valid. Ask the owner of your practice for a new invitation.',
  },
  homework_needs_text: {
    nl: 'Kies een oefening uit de bibliotheek of vul een eigen titel en uitleg in.',
    en: 'Choose an exercise from the library or fill in your own title and instructions.',
  },
  homework_times_required: {
    nl: 'Vul in hoe vaak per week (1 tot en met 7).',
    en: 'Fill in how many times a week (1 to 7).',
  },
  homework_period_too_long: {
    nl: 'Een periode duurt hoogstens een jaar.',
    en: 'A period lasts at most one year.',
  },
  homework_day_in_future: {
    nl: 'Je kunt alleen vandaag of een eerdere dag afvinken.',
    en: 'You can only tick off today or an earlier day.',
  },
  homework_day_outside_period: {
    nl: 'Deze dag valt buiten de periode van deze oefening.',
    en: 'This day is outside the period of this exercise.',
  },
  homework_ended: {
    nl: 'Deze oefening is afgesloten.',
    en: 'This exercise has been ended.',
  },
  homework_note_unknown: {
    nl: 'Dit sessieverslag hoort niet bij deze cliënt.',
    en: 'This session note does not belong to this client.',
  },
  check_in_homework_unknown: {
    nl: 'Kies alleen huiswerk van deze week uit de lijst.',
    en: "Choose only this week's homework from the list.",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageCode = keyof typeof MESSAGES;

/** The message for `code` in `lang`, with `{name}` placeholders filled. */
export function message(
  code: MessageCode,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, key: string) =>
    String(params[key] ?? ''),
  );
}

/** Picks nl or en from an Accept-Language header; Dutch unless English is preferred. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'nl';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return {
        tag: tag.toLowerCase(),
        q: q === undefined ? 1 : Number(q) || 0,
      };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}

/** 24-hour time in Europe/Amsterdam, as both languages show it. */
export function amsterdamTime(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
