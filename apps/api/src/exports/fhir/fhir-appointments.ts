import type { AppointmentStatus } from '@herstelkompas/contracts';
import type {
  Appointment,
  AppointmentParticipant,
  Patient,
  Practitioner as FhirPractitioner,
} from 'fhir/r4';
import type { ClientRecordData } from '../client-record';
import { APPOINTMENT_TYPE_LABELS } from './fhir-code-systems';
import { APPOINTMENT_TYPE_SYSTEM, reference } from './fhir-codes';

/** Our agenda's statuses in FHIR's appointment life cycle. */
export const APPOINTMENT_STATUS: Record<
  AppointmentStatus,
  Appointment['status']
> = {
  planned: 'booked',
  done: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

/** The client's appointments, past and planned, cancelled ones included. */
export function appointments(
  data: ClientRecordData,
  subject: Patient,
  authors: Map<string, FhirPractitioner>,
): Appointment[] {
  return data.appointments.map((a) => {
    const practitioner = authors.get(a.practitionerId);
    const participant: AppointmentParticipant[] = [
      { actor: reference(subject), required: 'required', status: 'accepted' },
      ...(practitioner
        ? [
            {
              actor: reference(practitioner, practitioner.name?.[0]?.text),
              required: 'required' as const,
              status: 'accepted' as const,
            },
          ]
        : []),
    ];
    const label = APPOINTMENT_TYPE_LABELS[a.type] ?? a.type;
    return {
      resourceType: 'Appointment',
      id: a.id,
      status: APPOINTMENT_STATUS[a.status],
      serviceType: [
        {
          coding: [
            { system: APPOINTMENT_TYPE_SYSTEM, code: a.type, display: label },
          ],
          text: label,
        },
      ],
      // Instants carry their offset (UTC); readers show them in their zone.
      start: a.startAt.toISOString(),
      end: a.endAt.toISOString(),
      minutesDuration: a.durationMinutes,
      created: a.createdAt.toISOString(),
      ...(a.location?.trim() ? { description: a.location } : {}),
      ...(a.note?.trim() ? { comment: a.note } : {}),
      participant,
    };
  });
}
