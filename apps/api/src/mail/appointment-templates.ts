import type { AppointmentType, Language } from '@herstelkompas/contracts';
import {
  type AppointmentMailKind,
  GREETING,
  layout,
  type MailSender,
  type RenderedMail,
} from './templates';

export interface AppointmentMailParams extends MailSender {
  /** First name of the client, for the greeting only. */
  recipientName: string;
  start: Date;
  durationMinutes: number;
  /** Already in the client's language ("Coachingsessie"). */
  typeLabel: string;
  type: AppointmentType;
  location: string | null;
}

interface Words {
  subject: string;
  intro: string;
  attachment?: string;
  cannotCome: string;
}

/**
 * The time, the place and what to do if the client cannot come; nothing
 * about why they come. Placeholders: {practice} {practitioner} {type} {when}.
 */
const WORDS: Record<AppointmentMailKind, Record<Language, Words>> = {
  appointment_confirmation: {
    nl: {
      subject: 'Je afspraak bij {practice} op {when}',
      intro:
        'Je afspraak bij {practice} staat vast: {type} met {practitioner} op {when}.',
      attachment:
        'In de bijlage zit de afspraak voor je agenda; open die om hem toe te voegen.',
      cannotCome:
        'Kun je niet komen? Beantwoord deze e-mail zo snel mogelijk, dan komt je bericht bij {practitioner} en zoeken jullie samen een ander moment.',
    },
    en: {
      subject: 'Your appointment at {practice} on {when}',
      intro:
        'Your appointment at {practice} is booked: {type} with {practitioner} on {when}.',
      attachment:
        'The appointment is attached for your calendar; open it to add it.',
      cannotCome:
        'Cannot make it? Reply to this email as soon as you can; your message reaches {practitioner} and you can find another time together.',
    },
  },
  appointment_update: {
    nl: {
      subject: 'Je afspraak bij {practice} is gewijzigd: {when}',
      intro:
        'Je afspraak bij {practice} is gewijzigd. Dit is de nieuwe afspraak: {type} met {practitioner} op {when}.',
      attachment:
        'De bijlage vervangt de afspraak in je agenda; open die om hem bij te werken.',
      cannotCome:
        'Kun je dan niet? Beantwoord deze e-mail zo snel mogelijk, dan komt je bericht bij {practitioner}.',
    },
    en: {
      subject: 'Your appointment at {practice} has changed: {when}',
      intro:
        'Your appointment at {practice} has changed. This is the new appointment: {type} with {practitioner} on {when}.',
      attachment:
        'The attachment replaces the appointment in your calendar; open it to update it.',
      cannotCome:
        'Cannot make it then? Reply to this email as soon as you can; your message reaches {practitioner}.',
    },
  },
  appointment_cancellation: {
    nl: {
      subject: 'Je afspraak bij {practice} op {when} gaat niet door',
      intro:
        'Je afspraak bij {practice} ({type} met {practitioner}) op {when} gaat niet door.',
      attachment: 'Met de bijlage haal je de afspraak uit je agenda.',
      cannotCome:
        'Wil je een nieuwe afspraak maken? Beantwoord deze e-mail, dan komt je bericht bij {practitioner}.',
    },
    en: {
      subject: 'Your appointment at {practice} on {when} is cancelled',
      intro:
        'Your appointment at {practice} ({type} with {practitioner}) on {when} is cancelled.',
      attachment: 'The attachment removes the appointment from your calendar.',
      cannotCome:
        'Would you like a new appointment? Reply to this email and your message reaches {practitioner}.',
    },
  },
  appointment_reminder: {
    nl: {
      subject: 'Herinnering: je afspraak bij {practice} op {when}',
      intro:
        'Een herinnering aan je afspraak bij {practice}: {type} met {practitioner} op {when}.',
      cannotCome:
        'Kun je niet komen? Beantwoord deze e-mail zo snel mogelijk, dan komt je bericht bij {practitioner}.',
    },
    en: {
      subject: 'Reminder: your appointment at {practice} on {when}',
      intro:
        'A reminder of your appointment at {practice}: {type} with {practitioner} on {when}.',
      cannotCome:
        'Cannot make it? Reply to this email as soon as you can; your message reaches {practitioner}.',
    },
  },
};

const LABELS: Record<
  Language,
  { duration: string; where: string; video: string; minutes: string }
> = {
  nl: {
    duration: 'Duur',
    where: 'Waar',
    video: 'Videolink',
    minutes: 'minuten',
  },
  en: {
    duration: 'Duration',
    where: 'Where',
    video: 'Video link',
    minutes: 'minutes',
  },
};

/** Renders an appointment mail in the client's language: plain text and simple HTML. */
export function renderAppointmentMail(
  kind: AppointmentMailKind,
  language: Language,
  params: AppointmentMailParams,
): RenderedMail {
  const w = WORDS[kind][language];
  const values: Record<string, string> = {
    name: params.recipientName,
    practice: params.practiceName,
    practitioner: params.practitionerName,
    type: params.typeLabel.toLocaleLowerCase(language),
    when: formatAppointmentTime(params.start, language),
  };
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const l = LABELS[language];
  const facts: [string, string][] = [];
  if (kind !== 'appointment_cancellation') {
    facts.push([l.duration, `${params.durationMinutes} ${l.minutes}`]);
    if (params.location)
      facts.push([
        params.type === 'remote' ? l.video : l.where,
        params.location,
      ]);
  }
  return {
    subject: fill(w.subject),
    ...layout(params, {
      greeting: fill(GREETING[language]),
      intro: [fill(w.intro)],
      facts,
      after: [
        ...(w.attachment ? [fill(w.attachment)] : []),
        fill(w.cannotCome),
      ],
    }),
  };
}

/**
 * "dinsdag 8 december om 14:30" / "Tuesday 8 December at 14:30" on the clock
 * in Amsterdam; the year only when it is not this year's.
 */
export function formatAppointmentTime(
  start: Date,
  language: Language,
  now = new Date(),
): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const zone = 'Europe/Amsterdam';
  const year = (d: Date) =>
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: zone }).format(
      d,
    );
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(year(start) !== year(now) ? { year: 'numeric' } : {}),
    timeZone: zone,
  })
    .format(start)
    .replace(',', '');
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: zone,
  }).format(start);
  return `${day} ${language === 'nl' ? 'om' : 'at'} ${time}`;
}
