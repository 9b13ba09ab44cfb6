import type { IntakeVariant, Language } from '@herstelkompas/contracts';

/** What goes into the invitation e-mail. */
export interface InvitationMailInput {
  variant: IntakeVariant;
  clientFirstName: string;
  practitionerName: string;
  practiceName: string;
  url: string;
  /** Already formatted: dd-mm-jjjj. */
  expiresOn: string;
}

type Template = (input: InvitationMailInput) => {
  subject: string;
  body: string;
};

// In the client's language, not the practitioner's: the client reads it.
// Warm, plain, "je" (ui.md); no scores, no diagnosis, nothing alarming.
const TEMPLATES: Record<Language, Template> = {
  nl: (m) => ({
    subject:
      m.variant === 'baseline'
        ? `Je vragenlijst voor ${m.practiceName}`
        : `Je vervolgvragenlijst voor ${m.practiceName}`,
    body: [
      `Hoi ${m.clientFirstName},`,
      m.variant === 'baseline'
        ? 'Zoals besproken stuur ik je een vragenlijst. Je vult in hoe het gaat met je rug en met zes dingen die samen je herstel bepalen: stress, ademhaling, beweging, voeding, slaap en je weerstand. Zo zien we samen waar we het best kunnen beginnen.'
        : 'Het is tijd voor een vervolgmeting. Je vult dezelfde soort vragen in als de vorige keer, zodat we samen kunnen zien wat er sindsdien veranderd is.',
      'Het invullen duurt ongeveer 10 tot 15 minuten. Je antwoorden worden tussendoor bewaard, dus je kunt ook even stoppen en later verdergaan.',
      `Open de vragenlijst via je persoonlijke link:\n${m.url}`,
      `Ter controle vragen we eerst je geboortedatum. De link werkt tot ${m.expiresOn}.`,
      'Heb je een vraag, of lukt het niet? Laat het me gerust weten.',
      `Hartelijke groet,\n${m.practitionerName}\n${m.practiceName}`,
    ].join('\n\n'),
  }),
  en: (m) => ({
    subject:
      m.variant === 'baseline'
        ? `Your questionnaire for ${m.practiceName}`
        : `Your follow-up questionnaire for ${m.practiceName}`,
    body: [
      `Hi ${m.clientFirstName},`,
      m.variant === 'baseline'
        ? 'As we discussed, here is a questionnaire. You fill in how your back is doing and how six things that shape your recovery are going: stress, breathing, movement, nutrition, sleep and your resistance. That way we can see together where best to start.'
        : 'It is time for a follow-up. You answer the same kind of questions as last time, so we can see together what has changed since.',
      'It takes about 10 to 15 minutes. Your answers are saved as you go, so you can take a break and continue later.',
      `Open the questionnaire with your personal link:\n${m.url}`,
      `To check it is you, we first ask for your date of birth. The link works until ${m.expiresOn}.`,
      'Any questions, or is something not working? Just let me know.',
      `Kind regards,\n${m.practitionerName}\n${m.practiceName}`,
    ].join('\n\n'),
  }),
};

export function invitationMail(
  language: Language,
  input: InvitationMailInput,
): { subject: string; body: string } {
  return TEMPLATES[language](input);
}

/** A mailto: link that opens the practitioner's own mail program. */
export function mailtoLink(
  email: string,
  mail: { subject: string; body: string },
): string {
  const params = `subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
  return `mailto:${encodeURIComponent(email).replace('%40', '@')}?${params}`;
}
