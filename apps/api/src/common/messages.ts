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
  session_expired: {
    nl: 'Je sessie is verlopen. Log opnieuw in.',
    en: 'Your session has expired. Please sign in again.',
  },
  csrf: {
    nl: 'Dit verzoek is geweigerd ter beveiliging. Vernieuw de pagina en probeer het opnieuw.',
    en: 'This request was refused for security reasons. Reload the page and try again.',
  },
  forbidden: { nl: 'Je hebt hier geen toegang toe.', en: 'You do not have access to this.' },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  validation: {
    nl: 'Niet alle velden zijn goed ingevuld.',
    en: 'Some fields are not filled in correctly.',
  },
  conflict: {
    nl: 'Iemand anders heeft dit intussen gewijzigd.',
    en: 'Someone else changed this in the meantime.',
  },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  bad_json: {
    nl: 'Het verzoek kon niet worden gelezen.',
    en: 'The request could not be read.',
  },
  database_unavailable: {
    nl: 'De database is even niet bereikbaar. Probeer het zo opnieuw.',
    en: 'The database is unavailable right now. Please try again shortly.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het opnieuw.',
    en: 'Something went wrong on our side. Please try again.',
  },
  // field-level
  required: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  invalid_email: { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid email address.' },
  too_short: { nl: 'Gebruik minstens {min} tekens.', en: 'Use at least {min} characters.' },
  too_long: { nl: 'Gebruik hoogstens {max} tekens.', en: 'Use at most {max} characters.' },
  invalid_value: { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  wrong_type: { nl: 'Deze waarde heeft niet de juiste vorm.', en: 'This value has the wrong format.' },
  unknown_field: { nl: 'Dit veld is onbekend.', en: 'This field is not known.' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageCode = keyof typeof MESSAGES;

/** The message for `code` in `lang`, with `{name}` placeholders filled. */
export function message(code: MessageCode, lang: Language, params: Record<string, string | number> = {}): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** Picks nl or en from an Accept-Language header; Dutch unless English is preferred. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'nl';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
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
