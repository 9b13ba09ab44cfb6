import type { Appointment } from '@herstelkompas/contracts';
import type { Client } from '../clients/client.entity';
import type { NameLookup } from '../practices/practitioner-names';
import type { AppointmentRow } from './appointment.entity';

export function toAppointment(
  row: AppointmentRow,
  client: Pick<Client, 'id' | 'firstName' | 'lastName'>,
  names: NameLookup,
): Appointment {
  return {
    id: row.id,
    client: {
      id: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
    },
    practitioner: names(row.practitionerId),
    start: row.startAt.toISOString(),
    end: row.endAt.toISOString(),
    durationMinutes: row.durationMinutes,
    type: row.type,
    location: row.location,
    status: row.status,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
