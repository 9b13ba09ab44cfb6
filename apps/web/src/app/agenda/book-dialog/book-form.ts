import {
  APPOINTMENT_MAX_MINUTES,
  APPOINTMENT_MIN_MINUTES,
  type AppointmentType,
  type CreateAppointmentRequest,
} from '@herstelkompas/contracts';
import { parseTime } from '../../client-sessions/amsterdam-time';
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
