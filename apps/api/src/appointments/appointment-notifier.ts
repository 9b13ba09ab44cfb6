import type { EntityManager } from 'typeorm';

/**
 * What happened to an appointment that its client may need to hear about:
 * booked (a confirmation with the .ics of appointment-calendar.ts attached,
 * and a reminder before it), rescheduled (new time, place or practitioner:
 * an updated invitation and a new reminder), cancelled (a cancellation),
 * closed (done or no-show: nothing is sent, a pending reminder is dropped).
 */
export interface AppointmentEvent {
  kind: 'booked' | 'rescheduled' | 'cancelled' | 'closed';
  appointmentId: string;
  practiceId: string;
  clientId: string;
  practitionerId: string;
  start: Date;
}

/**
 * Called by AppointmentsService inside the transaction that makes the change,
 * so an outbox row written here commits or rolls back with it; `afterCommit`
 * once the transaction is through. The agenda sends nothing itself.
 */
export abstract class AppointmentNotifier {
  /** Answers the kinds of mail it wrote, for the access log. */
  abstract notify(
    manager: EntityManager,
    event: AppointmentEvent,
  ): Promise<string[]>;

  abstract afterCommit(): void;
}
