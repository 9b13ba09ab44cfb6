import type { Language } from '@herstelkompas/contracts';
import { LINK_PLACEHOLDER, type MailKind } from './mail-message.entity';

/** Mail about an appointment: no link, an .ics attached (appointment-templates.ts). */
export type AppointmentMailKind = Extract<MailKind, `appointment_${string}`>;
/** Mail that carries one link to act on. */
export type LinkMailKind = Exclude<MailKind, AppointmentMailKind>;

/** Who a mail comes from: shown at the bottom and used as Reply-To. */
export interface MailSender {
  practiceName: string;
  /** How the practice is reached (Instellingen -> Praktijk): phone, e-mail, website as set. */
  practiceContact?: string[];
  practitionerName: string;
  practitionerEmail: string;
}

export interface MailParams extends MailSender {
  /** First name or display name of the recipient, for the greeting only. */
  recipientName: string;
  /** When the link stops working. */
  validUntil?: Date;
}

export interface RenderedMail {
  subject: string;
  /** Both with {@link LINK_PLACEHOLDER} where the link goes. */
  text: string;
  html: string;
}

interface Template {
  subject: string;
  /** Paragraphs before the link. */
  intro: string[];
  linkLabel: string;
  /** Paragraphs after the link: what to do, what happens next. */
  after: string[];
}

/**
 * Mail bodies hold a greeting, the practice, a link and what to do, never
 * anything about a client's health: mail passes through servers no one here
 * controls. Placeholders: {name} {practice} {practitioner} {until}.
 */
const TEMPLATES: Record<LinkMailKind, Record<Language, Template>> = {
  portal_invitation: {
    nl: {
      subject: 'Je persoonlijke pagina bij {practice}',
      intro: [
        '{practitioner} van {practice} nodigt je uit voor je persoonlijke pagina. Daar zie je je kompas, je afspraken en korte lessen om tussen de sessies te lezen.',
      ],
      linkLabel: 'Mijn pagina openen',
      after: [
        'Je bevestigt eerst je geboortedatum. De link werkt één keer, tot {until}.',
        'Vragen? Beantwoord deze e-mail, dan komt je bericht bij {practitioner}.',
      ],
    },
    en: {
      subject: 'Your personal page at {practice}',
      intro: [
        '{practitioner} of {practice} invites you to your personal page. There you see your compass, your appointments and short lessons to read between sessions.',
      ],
      linkLabel: 'Open my page',
      after: [
        'You first confirm your date of birth. The link works once, until {until}.',
        'Questions? Reply to this email and your message reaches {practitioner}.',
      ],
    },
  },
  portal_sign_in: {
    nl: {
      subject: 'Je inloglink voor {practice}',
      intro: [
        'Je vroeg om een link om in te loggen op je persoonlijke pagina bij {practice}.',
      ],
      linkLabel: 'Inloggen',
      after: [
        'De link werkt één keer, tot {until}. Op een nieuw apparaat bevestig je ook je geboortedatum.',
        'Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren.',
      ],
    },
    en: {
      subject: 'Your sign-in link for {practice}',
      intro: [
        'You asked for a link to sign in to your personal page at {practice}.',
      ],
      linkLabel: 'Sign in',
      after: [
        'The link works once, until {until}. On a new device you also confirm your date of birth.',
        'Did you not ask for this link? Then you can ignore this email.',
      ],
    },
  },
  portal_message_notice: {
    nl: {
      subject: 'Nieuw bericht van {practice}',
      intro: [
        '{practitioner} van {practice} heeft je een bericht gestuurd op je persoonlijke pagina. Om je privacy te beschermen staat de inhoud niet in deze e-mail.',
      ],
      linkLabel: 'Bericht lezen',
      after: [
        'Je logt in met een link die je per e-mail ontvangt.',
        'Bij spoed: bel 112 of je huisarts.',
      ],
    },
    en: {
      subject: 'New message from {practice}',
      intro: [
        '{practitioner} of {practice} has sent you a message on your personal page. To protect your privacy, the message is not in this email.',
      ],
      linkLabel: 'Read the message',
      after: [
        'You sign in with a link you receive by email.',
        'In an emergency: call 112 or your GP.',
      ],
    },
  },
  practitioner_message_notice: {
    nl: {
      subject: 'Nieuw bericht in {practice}',
      intro: [
        'Een cliënt heeft een bericht gestuurd via de persoonlijke pagina. De inhoud en de naam staan om privacyredenen niet in deze e-mail.',
      ],
      linkLabel: 'Bericht openen',
      after: [
        'Je leest het bericht na het inloggen, op de pagina van de cliënt.',
      ],
    },
    en: {
      subject: 'New message in {practice}',
      intro: [
        'A client has sent a message through their personal page. For privacy, neither the content nor the name is in this email.',
      ],
      linkLabel: 'Open the message',
      after: ["You read the message after signing in, on the client's page."],
    },
  },
  intake_invitation: {
    nl: {
      subject: 'Je vragenlijst voor {practice}',
      intro: [
        '{practitioner} van {practice} nodigt je uit om de vragenlijst in te vullen. Dat kan op je telefoon of computer en duurt ongeveer een kwartier. Je kunt tussendoor stoppen en later verdergaan.',
      ],
      linkLabel: 'Vragenlijst openen',
      after: [
        'Je bevestigt eerst je geboortedatum. De link werkt tot {until}.',
        'Vragen? Beantwoord deze e-mail, dan komt je bericht bij {practitioner}.',
      ],
    },
    en: {
      subject: 'Your questionnaire for {practice}',
      intro: [
        '{practitioner} of {practice} invites you to fill in the questionnaire. You can do it on your phone or computer; it takes about fifteen minutes. You can stop in between and continue later.',
      ],
      linkLabel: 'Open the questionnaire',
      after: [
        'You first confirm your date of birth. The link works until {until}.',
        'Questions? Reply to this email and your message reaches {practitioner}.',
      ],
    },
  },
  intake_reminder: {
    nl: {
      subject: 'Herinnering: je vragenlijst voor {practice}',
      intro: [
        'Een paar dagen geleden kreeg je een link om de vragenlijst voor {practice} in te vullen. Die is nog niet afgerond. Wat je al hebt ingevuld, is bewaard.',
      ],
      linkLabel: 'Verder met de vragenlijst',
      after: [
        'De link werkt tot {until}.',
        'Vragen? Beantwoord deze e-mail, dan komt je bericht bij {practitioner}.',
      ],
    },
    en: {
      subject: 'Reminder: your questionnaire for {practice}',
      intro: [
        'A few days ago you received a link to fill in the questionnaire for {practice}. It has not been finished yet. What you already filled in has been saved.',
      ],
      linkLabel: 'Continue the questionnaire',
      after: [
        'The link works until {until}.',
        'Questions? Reply to this email and your message reaches {practitioner}.',
      ],
    },
  },
  team_invitation: {
    nl: {
      subject: 'Je bent uitgenodigd voor {practice} in Herstelkompas',
      intro: [
        '{practitioner} nodigt je uit om met {practice} in Herstelkompas te werken. Kies met deze link je wachtwoord.',
      ],
      linkLabel: 'Wachtwoord kiezen',
      after: [
        'De link werkt één keer, tot {until}. Daarna kan {practitioner} je een nieuwe sturen.',
      ],
    },
    en: {
      subject: 'You are invited to {practice} in Herstelkompas',
      intro: [
        '{practitioner} invites you to work with {practice} in Herstelkompas. Choose your password with this link.',
      ],
      linkLabel: 'Choose a password',
      after: [
        'The link works once, until {until}. After that {practitioner} can send you a new one.',
      ],
    },
  },
  mfa_enrolled_notice: {
    nl: {
      subject: 'Tweestapsverificatie ingesteld bij {practice}',
      intro: [
        'Hallo {name}, {practitioner} heeft zojuist tweestapsverificatie ingesteld voor het eigen account bij {practice}. Je krijgt dit bericht omdat je eigenaar van de praktijk bent.',
      ],
      linkLabel: 'Team bekijken',
      after: [
        'Verwachtte je dit? Dan hoef je niets te doen. Zo niet, overleg dan met {practitioner}; je kunt het account in het teamoverzicht uitzetten en een nieuwe herstellink sturen.',
      ],
    },
    en: {
      subject: 'Two-step sign-in set up at {practice}',
      intro: [
        'Hello {name}, {practitioner} has just set up two-step sign-in for their own account at {practice}. You receive this message because you are an owner of the practice.',
      ],
      linkLabel: 'View the team',
      after: [
        'Expected this? Then there is nothing to do. If not, check with {practitioner}; you can deactivate the account on the team page and send a new reset link.',
      ],
    },
  },
  mfa_disabled_notice: {
    nl: {
      subject: 'Tweestapsverificatie uitgezet bij {practice}',
      intro: [
        'Hallo {name}, {practitioner} heeft zojuist tweestapsverificatie uitgezet voor het eigen account bij {practice}. Je krijgt dit bericht omdat je eigenaar van de praktijk bent.',
      ],
      linkLabel: 'Team bekijken',
      after: [
        'Verwachtte je dit? Dan hoef je niets te doen. Zo niet, overleg dan met {practitioner}; je kunt het account in het teamoverzicht uitzetten.',
      ],
    },
    en: {
      subject: 'Two-step sign-in turned off at {practice}',
      intro: [
        'Hello {name}, {practitioner} has just turned off two-step sign-in for their own account at {practice}. You receive this message because you are an owner of the practice.',
      ],
      linkLabel: 'View the team',
      after: [
        'Expected this? Then there is nothing to do. If not, check with {practitioner}; you can deactivate the account on the team page.',
      ],
    },
  },
  password_reset: {
    nl: {
      subject: 'Nieuw wachtwoord voor Herstelkompas',
      intro: [
        'Er is gevraagd om een nieuw wachtwoord voor je account bij {practice}. Kies het met deze link.',
      ],
      linkLabel: 'Nieuw wachtwoord kiezen',
      after: [
        'De link werkt één keer, tot {until}. Daarna log je in zoals altijd, met je nieuwe wachtwoord en je tweestapsverificatie.',
        'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.',
      ],
    },
    en: {
      subject: 'A new password for Herstelkompas',
      intro: [
        'Someone asked for a new password for your account at {practice}. Choose it with this link.',
      ],
      linkLabel: 'Choose a new password',
      after: [
        'The link works once, until {until}. Then you sign in as always, with your new password and your two-step verification.',
        'Did you not ask for this? Then you can ignore this email: your password stays as it is.',
      ],
    },
  },
};

export const GREETING: Record<Language, string> = {
  nl: 'Hallo {name},',
  en: 'Hello {name},',
};

/** Renders a mail in the recipient's language: plain text and simple HTML. */
export function renderMail(
  kind: LinkMailKind,
  language: Language,
  params: MailParams,
): RenderedMail {
  const t = TEMPLATES[kind][language];
  const values: Record<string, string> = {
    name: params.recipientName,
    practice: params.practiceName,
    practitioner: params.practitionerName,
    until: params.validUntil ? formatUntil(params.validUntil, language) : '',
  };
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return {
    subject: fill(t.subject),
    ...layout(params, {
      greeting: fill(GREETING[language]),
      intro: t.intro.map(fill),
      linkLabel: fill(t.linkLabel),
      after: t.after.map(fill),
    }),
  };
}

export interface MailContent {
  greeting: string;
  intro: string[];
  /** Label of the link button; without it the mail has no link. */
  linkLabel?: string;
  /** Short "Label: value" lines after the intro (time, place). */
  facts?: [string, string][];
  after: string[];
}

/** Every mail's shape: greeting, paragraphs, link, paragraphs, the sender at the bottom. */
export function layout(
  sender: MailSender,
  content: MailContent,
): Omit<RenderedMail, 'subject'> {
  const footer = [
    sender.practiceName,
    ...(sender.practiceContact?.length
      ? [sender.practiceContact.join(' · ')]
      : []),
    `${sender.practitionerName} · ${sender.practitionerEmail}`,
  ];
  const facts = content.facts ?? [];
  const text = [
    content.greeting,
    ...content.intro,
    ...(facts.length ? [facts.map(([k, v]) => `${k}: ${v}`).join('\n')] : []),
    ...(content.linkLabel ? [`${content.linkLabel}: ${LINK_PLACEHOLDER}`] : []),
    ...content.after,
    `-- \n${footer.join('\n')}`,
  ].join('\n\n');
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d2424">',
    p(content.greeting),
    ...content.intro.map(p),
    ...(facts.length
      ? [
          `<p>${facts.map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v)}`).join('<br>')}</p>`,
        ]
      : []),
    ...(content.linkLabel
      ? [
          `<p><a href="${LINK_PLACEHOLDER}" style="display:inline-block;padding:10px 16px;background:#2f6f62;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.linkLabel)}</a></p>`,
          `<p style="font-size:13px;color:#4a5553">${escapeHtml(LINK_PLACEHOLDER)}</p>`,
        ]
      : []),
    ...content.after.map(p),
    `<hr style="border:none;border-top:1px solid #ccd5d3"><p style="font-size:13px;color:#4a5553">${footer.map(escapeHtml).join('<br>')}</p>`,
    '</body></html>',
  ].join('\n');
  return { text, html };
}

/** Puts the link into a stored body (HTML-escaped in HTML). */
export function withLink(body: string, link: string, html: boolean): string {
  return body.split(LINK_PLACEHOLDER).join(html ? escapeHtml(link) : link);
}

function formatUntil(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
