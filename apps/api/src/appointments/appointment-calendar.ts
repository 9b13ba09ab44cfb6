import type { AppointmentType, Language } from '@herstelkompas/contracts';
import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from 'ical-generator';

const TYPE_LABELS: Record<Language, Record<AppointmentType, string>> = {
  nl: {
    intake: 'Intake',
    coaching: 'Coachingsessie',
    follow_up: 'Vervolgafspraak',
    remote: 'Sessie op afstand',
  },
  en: {
    intake: 'Intake',
    coaching: 'Coaching session',
    follow_up: 'Follow-up',
    remote: 'Remote session',
  },
};

export function appointmentTypeLabel(
  type: AppointmentType,
  language: Language,
): string {
  return TYPE_LABELS[language][type];
}

const PRODUCT = { company: 'Herstelkompas', product: 'Agenda' };

/** A stable UID per appointment, so an update replaces the event in the calendar. */
const uid = (appointmentId: string) => `${appointmentId}@herstelkompas`;

export interface ClientInvitation {
  appointmentId: string;
  start: Date;
  end: Date;
  type: AppointmentType;
  location: string | null;
  cancelled: boolean;
  /** Bumped on every change: calendars keep the highest. */
  sequence: number;
  practiceName: string;
  practitionerName: string;
  language: Language;
  /**
   * For a mail: an invitation (METHOD:REQUEST, or CANCEL) from the
   * practitioner to the client, so the client's calendar adds, replaces or
   * removes the event by its UID. Without it: a file to open (PUBLISH).
   */
  invite?: {
    organizer: { name: string; email: string };
    attendee: { name: string; email: string };
  };
}

/**
 * One appointment as the client sees it: practice, practitioner, time and
 * place. Served by GET /api/appointments/:id/ics and meant as the
 * attachment of the confirmation and cancellation mails. Times are written
 * in UTC (DTSTART:...Z): every calendar shows them in its own zone, so no
 * summer-time rule is needed in the file.
 */
export function clientInvitation(a: ClientInvitation): string {
  const calendar = ical({ prodId: PRODUCT });
  calendar.method(
    a.cancelled
      ? ICalCalendarMethod.CANCEL
      : a.invite
        ? ICalCalendarMethod.REQUEST
        : ICalCalendarMethod.PUBLISH,
  );
  const label = appointmentTypeLabel(a.type, a.language);
  calendar.createEvent({
    id: uid(a.appointmentId),
    sequence: a.sequence,
    start: a.start,
    end: a.end,
    summary: `${label} – ${a.practiceName}`,
    description:
      a.language === 'nl'
        ? `${label} bij ${a.practitionerName}`
        : `${label} with ${a.practitionerName}`,
    location: a.location,
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(a.invite
      ? {
          organizer: a.invite.organizer,
          // No answer is asked for: the client replies by mail if needed.
          attendees: [{ ...a.invite.attendee, rsvp: false }],
        }
      : {}),
  });
  return calendar.toString();
}

export interface FeedEntry {
  appointmentId: string;
  start: Date;
  end: Date;
  type: AppointmentType;
  /** "J.B.": the only trace of the client a calendar outside the practice gets. */
  initials: string;
  sequence: number;
}

/**
 * A practitioner's subscription feed: initials and type only, no names,
 * places or notes, because Outlook, Google and Apple keep a copy.
 */
export function practitionerFeed(
  name: string,
  entries: FeedEntry[],
  language: Language,
): ICalCalendar {
  const calendar = ical({ prodId: PRODUCT, name, ttl: 60 * 15 });
  for (const e of entries)
    calendar.createEvent({
      id: uid(e.appointmentId),
      sequence: e.sequence,
      start: e.start,
      end: e.end,
      summary: `${e.initials} · ${appointmentTypeLabel(e.type, language)}`,
    });
  return calendar;
}

/** "Jan van der Berg" -> "J.B.": first letters of the first name and the last word. */
export function initialsOf(firstName: string, lastName: string): string {
  const last = lastName.trim().split(/\s+/).at(-1) ?? '';
  return [firstName.trim(), last]
    .map((part) => part.charAt(0).toLocaleUpperCase('nl-NL'))
    .filter(Boolean)
    .map((c) => `${c}.`)
    .join('');
}
