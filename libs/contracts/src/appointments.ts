import type { SessionType } from './session-notes';

/** The same four kinds as session notes, so a session started from an appointment keeps its type. */
export type AppointmentType = SessionType;
export const APPOINTMENT_TYPES: readonly AppointmentType[] = [
  'intake',
  'coaching',
  'follow_up',
  'remote',
];

export type AppointmentStatus = 'planned' | 'done' | 'cancelled' | 'no_show';
export const APPOINTMENT_STATUSES: readonly AppointmentStatus[] = [
  'planned',
  'done',
  'cancelled',
  'no_show',
];

/** Shortest and longest appointment, in minutes. */
export const APPOINTMENT_MIN_MINUTES = 5;
export const APPOINTMENT_MAX_MINUTES = 480;

export interface Appointment {
  id: string;
  client: { id: string; firstName: string; lastName: string };
  practitioner: { id: string; displayName: string };
  /** ISO instant (UTC). Shown in Europe/Amsterdam. */
  start: string;
  /** ISO instant (UTC): start plus the duration. */
  end: string;
  durationMinutes: number;
  type: AppointmentType;
  /** An address or a video link; null when not set. */
  location: string | null;
  status: AppointmentStatus;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/appointments`. */
export interface CreateAppointmentRequest {
  clientId: string;
  /** Defaults to the caller. */
  practitionerId?: string;
  /**
   * ISO date-time. With an offset or `Z` it is that instant; without one
   * (`2027-03-28T10:30`) it is read on the clock in Europe/Amsterdam.
   */
  start: string;
  durationMinutes: number;
  type: AppointmentType;
  location?: string | null;
  note?: string | null;
  /** Book even when the practitioner already has an appointment then (otherwise 409). */
  allowOverlap?: boolean;
}

/** Body of `PATCH /api/appointments/:id`. */
export interface UpdateAppointmentRequest {
  practitionerId?: string;
  start?: string;
  durationMinutes?: number;
  type?: AppointmentType;
  location?: string | null;
  status?: AppointmentStatus;
  note?: string | null;
  allowOverlap?: boolean;
  /** The version the change was made on; 409 when someone changed it since. */
  version?: number;
}

/** Query of `GET /api/appointments`. */
export interface ListAppointmentsQuery {
  /** `YYYY-MM-DD` (from the start of that day in Amsterdam) or an ISO date-time. */
  from?: string;
  /** `YYYY-MM-DD` (to the end of that day in Amsterdam, inclusive) or an ISO date-time (exclusive). */
  to?: string;
  practitionerId?: string;
  clientId?: string;
}

/** An appointment the new one would overlap, as the 409 lists them. */
export interface OverlappingAppointment {
  id: string;
  start: string;
  end: string;
  type: AppointmentType;
  practitionerId: string;
  /** The client's name, only when the caller may see that client. */
  clientName: string | null;
}

/** Body of the 409 for an overlap (`code: 'appointment_overlap'`). */
export interface AppointmentOverlapError {
  statusCode: 409;
  code: 'appointment_overlap';
  message: string;
  overlaps: OverlappingAppointment[];
}

/** The caller's calendar subscription (`GET /api/calendar-feed`). */
export interface CalendarFeedState {
  active: boolean;
  createdAt: string | null;
}

/** Answer of `POST /api/calendar-feed`: the address, shown this once (only its hash is kept). */
export interface CalendarFeedCreated {
  url: string;
  createdAt: string;
}
