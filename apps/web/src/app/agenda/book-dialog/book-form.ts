import {
  APPOINTMENT_MAX_MINUTES,
  APPOINTMENT_MIN_MINUTES,
  type Appointment,
  type AppointmentType,
  type CreateAppointmentRequest,
  type UpdateAppointmentRequest,
} from '@herstelkompas/contracts';
import {
  parseTime,
  toAmsterdamParts,
} from '../../client-sessions/amsterdam-time';
import { parseDutchDate } from '../../core/forms/dutch-date';
import type { TranslationKey } from '../../core/i18n/translations';

/** The booking form as typed. */
export interface BookForm {
  clientId: string;
  practitionerId: string;
  /** dd-mm-jjjj */
  date: string;
  /** HH:mm, Amsterdam */
  time: string;
  durationMinutes: string;
  type: AppointmentType;
  location: string;
  note: string;
}

export type BookField = 'client' | 'date' | 'time' | 'durationMinutes';

export type BookCheck =
  | { ok: true; request: CreateAppointmentRequest }
  | { ok: false; errors: Partial<Record<BookField, TranslationKey>> };

/**
 * The request for the API, or which fields are not filled in right. The
 * start goes without an offset: the API reads it on the clock in Amsterdam
 * (and refuses the hour that summer time skips), wherever the browser is.
 */
export function toBookRequest(form: BookForm, me: string): BookCheck {
  const errors: Partial<Record<BookField, TranslationKey>> = {};
  const date = parseDutchDate(form.date);
  const time = parseTime(form.time);
  const duration = Number(form.durationMinutes.trim());
  if (!form.clientId) errors.client = 'agenda.dialog.clientRequired';
  if (!date) errors.date = 'agenda.dialog.dateRequired';
  if (!time) errors.time = 'agenda.dialog.timeRequired';
  if (
    !/^\d{1,3}$/.test(form.durationMinutes.trim()) ||
    duration < APPOINTMENT_MIN_MINUTES ||
    duration > APPOINTMENT_MAX_MINUTES
  )
    errors.durationMinutes = 'agenda.dialog.durationRange';
  if (Object.keys(errors).length) return { ok: false, errors };
  const location = form.location.trim();
  const note = form.note.trim();
  return {
    ok: true,
    request: {
      clientId: form.clientId,
      ...(form.practitionerId && form.practitionerId !== me
        ? { practitionerId: form.practitionerId }
        : {}),
      start: `${date}T${time}`,
      durationMinutes: duration,
      type: form.type,
      location: location || null,
      note: note || null,
    },
  };
}

/** The form filled in with an appointment as it stands, to change it. */
export function formOf(a: Appointment): BookForm {
  const { date, time } = toAmsterdamParts(a.start);
  return {
    clientId: a.client.id,
    practitionerId: a.practitioner.id,
    date,
    time,
    durationMinutes: String(a.durationMinutes),
    type: a.type,
    location: a.location ?? '',
    note: a.note ?? '',
  };
}

export type UpdateCheck =
  | { ok: true; request: UpdateAppointmentRequest; changed: boolean }
  | { ok: false; errors: Partial<Record<BookField, TranslationKey>> };

/**
 * Only what differs from the appointment goes to the API, with its version:
 * an unchanged start that lies in the past is not sent again (and refused),
 * and a change made meanwhile by someone else answers 409.
 */
export function toUpdateRequest(form: BookForm, a: Appointment): UpdateCheck {
  const check = toBookRequest(
    { ...form, clientId: a.client.id },
    a.practitioner.id,
  );
  if (!check.ok) return check;
  const next = check.request;
  const was = toBookRequest(formOf(a), a.practitioner.id);
  const before = was.ok ? was.request : null;
  const request: UpdateAppointmentRequest = { version: a.version };
  if (next.start !== before?.start) request.start = next.start;
  if (next.durationMinutes !== a.durationMinutes)
    request.durationMinutes = next.durationMinutes;
  if (next.type !== a.type) request.type = next.type;
  if ((next.location ?? null) !== a.location) request.location = next.location;
  if ((next.note ?? null) !== a.note) request.note = next.note;
  if (next.practitionerId && next.practitionerId !== a.practitioner.id)
    request.practitionerId = next.practitionerId;
  return { ok: true, request, changed: Object.keys(request).length > 1 };
}
