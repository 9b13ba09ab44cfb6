import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What happened to an appointment that its client may need to hear about:
 * a confirmation (with the .ics of appointment-calendar.ts attached), a
 * reminder 24 hours before, a notice of a new time, or a cancellation.
 */
export interface AppointmentEvent {
  kind: 'booked' | 'rescheduled' | 'cancelled';
  appointmentId: string;
  practiceId: string;
  clientId: string;
  practitionerId: string;
  start: Date;
}

/**
 * Called by AppointmentsService inside the transaction that makes the change,
 * so an outbox row written here commits or rolls back with it. The agenda
 * sends nothing itself: AppointmentsModule provides NoAppointmentNotices
 * until mail replaces that provider with an outbox-backed notifier.
 */
export abstract class AppointmentNotifier {
  abstract notify(
    manager: EntityManager,
    event: AppointmentEvent,
  ): Promise<void>;
}

@Injectable()
export class NoAppointmentNotices extends AppointmentNotifier {
  async notify(): Promise<void> {
    // Nothing to send yet: see AppointmentNotifier.
  }
}
