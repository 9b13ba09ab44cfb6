import type { DomainId, Localized } from '@herstelkompas/domain';
import type { AppointmentType } from './appointments';
import type { Language } from './auth';
import type { MailDelivery } from './mail';

/** httpOnly cookie of a client's portal session: never a practitioner's session. */
export const PORTAL_COOKIE = 'hk_portal';
/** Readable cookie with the portal session's CSRF token. */
export const PORTAL_XSRF_COOKIE = 'HK-PORTAL-XSRF';
/** Header in which the portal echoes its CSRF token. */
export const PORTAL_XSRF_HEADER = 'X-Portal-XSRF';
/** Long-lived httpOnly cookie: this browser passed the date-of-birth check for this client. */
export const PORTAL_DEVICE_COOKIE = 'hk_portal_device';

/** Body of `POST /api/clients/:id/portal-invitations`. */
export interface CreatePortalInvitationRequest {
  /** `email`: the link is mailed to the client; `link`: only shown to copy. */
  send: 'email' | 'link';
}

/** The answer: the link is shown once and never stored. */
export interface CreatedPortalInvitation {
  url: string;
  expiresAt: string;
  delivery: MailDelivery | null;
}

/** Who a client contacts when a link no longer works. */
export interface PortalContact {
  practiceName: string;
  practitionerName: string;
  practitionerEmail: string;
}

/**
 * `GET /api/portal/links/:token`: what the landing page shows. An unknown link
 * answers 404 without a contact; an expired, used or locked link 404/423 with it.
 */
export interface PortalLinkState {
  status: 'verify_required' | 'ready';
  language: Language;
  practiceName: string;
}

/** Body of `POST /api/portal/sessions`. */
export interface OpenPortalSessionRequest {
  token: string;
  /** `YYYY-MM-DD`; may be left out on a device that passed the check before. */
  dateOfBirth?: string;
}

/** Body of `POST /api/portal/sign-in-link`: always answered 202. */
export interface PortalSignInLinkRequest {
  email: string;
}

export interface PortalDomainChange {
  domain: DomainId;
  /** 0-100, higher = more disturbed; null when not scorable. */
  first: number | null;
  latest: number | null;
  /** latest - first; negative is better. Null when either is missing. */
  change: number | null;
}

/** The focus the practitioner chose, each domain with the words written for the client. */
export interface PortalFocus {
  domains: { domain: DomainId; explanation: Localized }[];
  decidedAt: string;
}

export interface PortalAppointment {
  id: string;
  start: string;
  end: string;
  type: AppointmentType;
  location: string | null;
  practitionerName: string;
}

/** A report made for the client (audience client): download at `/api/portal/reports/:id/download`. */
export interface PortalReport {
  id: string;
  generatedAt: string;
  fileName: string;
}

/** `GET /api/portal/me`: "Mijn kompas". */
export interface PortalHome {
  client: { firstName: string; language: Language };
  practice: PortalContact;
  /** Baseline vs latest intake; empty before the first intake. */
  domains: PortalDomainChange[];
  /** The domain that improved most, named first on the screen; null when none improved. */
  biggestWin: DomainId | null;
  assessedAt: { first: string | null; latest: string | null };
  focus: PortalFocus | null;
  appointments: PortalAppointment[];
  reports: PortalReport[];
  lessons: { total: number; read: number };
}

/** Lesson texts come in both languages; the screen shows the client's. */
export interface PortalLessonSummary {
  /** A built-in lesson's id (see LESSON_IDS), or a practice lesson's uuid. */
  id: string;
  /** `builtin`: one of our six; `practice`: written by the practice itself. */
  kind: 'builtin' | 'practice';
  order: number;
  title: Localized;
  summary: Localized;
  minutes: number;
  read: boolean;
}

export interface PortalLessonSection {
  heading: Localized | null;
  paragraphs: Localized[];
}

export interface PortalLesson extends PortalLessonSummary {
  /** A built-in lesson's text; empty for a practice lesson. */
  sections: PortalLessonSection[];
  /** Null for a practice lesson (its body says what it says). */
  reflection: Localized | null;
  exercise: { title: Localized; text: Localized } | null;
  sources: Localized | null;
  /** A practice lesson's Markdown, as the practice typed it; null for ours. */
  body: string | null;
  /** The next lesson the client can open, in list order. */
  next: string | null;
}

/** Limits of a lesson a practice writes itself. */
export const PRACTICE_LESSON_LIMITS = {
  titleMax: 120,
  bodyMax: 20_000,
  minutesMin: 1,
  minutesMax: 30,
} as const;

/** Body of `POST /api/practice/lessons` and `PATCH /api/practice/lessons/:id`. */
export interface PracticeLessonRequest {
  title: string;
  /** Minutes of reading the practice promises. */
  minutes: number;
  /** Markdown: shown element by element, never as HTML. */
  body: string;
}

/** A lesson the practice wrote. Its text is in the practice's own language. */
export interface PracticeLessonItem {
  id: string;
  title: string;
  minutes: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** One of our six lessons, as the practice's settings list it. */
export interface BuiltinLessonSetting {
  id: string;
  title: Localized;
  summary: Localized;
  minutes: number;
  hidden: boolean;
}

/** `GET /api/practice/lessons`: what the portal offers the practice's clients. */
export interface PracticeLessons {
  builtin: BuiltinLessonSetting[];
  own: PracticeLessonItem[];
  /** Only the owner changes the lessons. */
  canEdit: boolean;
}

/** Body of `PUT /api/practice/lessons/builtin/:lessonId`. */
export interface BuiltinLessonRequest {
  hidden: boolean;
}

/** `GET /api/clients/:id/portal`: the client's use of the portal, for the practitioner. */
export interface ClientPortalSummary {
  /** `none`: never invited; `invited`: invited, never signed in; `active`: signed in at least once. */
  status: 'none' | 'invited' | 'active';
  /** The newest invitation. */
  invitedAt: string | null;
  /** The last time a portal session of the client was used. */
  lastVisitAt: string | null;
  /** Over the lessons the client can see now. */
  lessons: {
    total: number;
    read: { id: string; title: Localized; readAt: string }[];
  };
  /** The client's messages no practitioner has opened yet. */
  unreadMessages: number;
  messagingEnabled: boolean;
}

/** `GET /api/home/new-messages`: clients with unread portal messages, newest first. */
export interface HomeNewMessages {
  clients: {
    clientId: string;
    displayName: string;
    unread: number;
    latestAt: string;
  }[];
}

/** One message between a client and the practice. */
export interface MessageItem {
  id: string;
  author: 'client' | 'practitioner';
  /** The practitioner who wrote it; the client's first name for the client's own. */
  authorName: string;
  text: string;
  createdAt: string;
  /** When the other side first listed it; null: not read yet. */
  readAt: string | null;
}

/**
 * `GET /api/portal/messages` and `GET /api/clients/:id/messages`: oldest
 * first. Listing marks the other side's messages read.
 */
export interface MessageThread {
  /** False when the practice turned messaging off: read only, no new messages. */
  enabled: boolean;
  messages: MessageItem[];
}

/** `POST /api/portal/messages`, `POST /api/clients/:id/messages`. */
export interface SendMessageRequest {
  text: string;
}
