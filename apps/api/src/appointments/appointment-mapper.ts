import type { Appointment as AppointmentDto } from '@herstelkompas/contracts';
import type { Client } from '../clients/client.entity';
import type { NameLookup } from '../practices/practitioner-names';
import type { Appointment } from './appointment.entity';

export function toAppointment(
  row: Appointment,
  client: Pick<Client, 'id' | 'firstName' | 'lastName'>,
  names: NameLookup,
): AppointmentDto {
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
