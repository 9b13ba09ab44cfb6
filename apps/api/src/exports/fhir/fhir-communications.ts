import type {
  Communication,
  Organization,
  Patient,
  Practitioner as FhirPractitioner,
  Reference,
} from 'fhir/r4';
import type { ClientRecordData } from '../client-record';
import { reference } from './fhir-codes';

/**
 * The portal messages, one Communication each: the client writes to the
 * practice, a practitioner (or, if unknown, the practice) writes to the
 * client. `received` is when the other side first saw it.
 */
export function communications(
  data: ClientRecordData,
  subject: Patient,
  org: Organization,
  authors: Map<string, FhirPractitioner>,
): Communication[] {
  const patient = reference(subject, subject.name?.[0]?.text);
  const practice = reference(org, org.name);
  return data.messages.map((m) => {
    const writer = m.practitionerId ? authors.get(m.practitionerId) : undefined;
    const practiceSide: Reference = writer
      ? reference(writer, writer.name?.[0]?.text)
      : practice;
    const fromClient = m.author === 'client';
    return {
      resourceType: 'Communication',
      id: m.id,
      status: 'completed',
      subject: patient,
      sent: m.createdAt.toISOString(),
      ...(m.readAt ? { received: m.readAt.toISOString() } : {}),
      sender: fromClient ? patient : practiceSide,
      recipient: [fromClient ? practice : patient],
      payload: [{ contentString: m.text }],
    };
  });
}
