import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Client } from '../clients/client.entity';
import { renderAppointmentMail } from '../mail/appointment-templates';
import { NewAppointmentMail, Outbox } from '../mail/outbox';
import { senderInfo } from '../mail/sender-info';
import type { AppointmentMailKind } from '../mail/templates';
import { appointmentTypeLabel, clientInvitation } from './appointment-calendar';
import { AppointmentEvent, AppointmentNotifier } from './appointment-notifier';
import { Appointment } from './appointment.entity';

const HOUR = 3_600_000;

const MAIL_FOR: Record<
  Exclude<AppointmentEvent['kind'], 'closed'>,
  AppointmentMailKind
> = {
  booked: 'appointment_confirmation',
  rescheduled: 'appointment_update',
  cancelled: 'appointment_cancellation',
};

const ICS_NAME = { nl: 'afspraak.ics', en: 'appointment.ics' } as const;

/**
 * Appointment mail through the outbox, to the client's own address: a
 * confirmation, an update or a cancellation with the invitation attached,
 * and a reminder the practice's number of hours before. A client without
 * an address gets nothing; the appointment stands all the same.
 */
@Injectable()
export class AppointmentMail extends AppointmentNotifier {
  constructor(private readonly outbox: Outbox) {
    super();
  }

  async notify(
    manager: EntityManager,
    event: AppointmentEvent,
    now = new Date(),
  ): Promise<string[]> {
    // Whatever changed, a reminder already written speaks of the old state.
    if (event.kind !== 'booked')
      await this.outbox.cancelAppointmentReminders(
        manager,
        event.appointmentId,
      );
    if (event.kind === 'closed') return [];
    const row = await manager.findOneByOrFail(Appointment, {
      id: event.appointmentId,
    });
    // An appointment that is over is nobody's news.
    if (row.endAt.getTime() <= now.getTime()) return [];
    const client = await manager.findOneOrFail(Client, {
      where: { id: row.clientId },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        preferredLanguage: true,
      },
    });
    const email = client.email?.trim();
    if (!email) return [];
    const from = await senderInfo(manager, row.practitionerId);
    const language = client.preferredLanguage;
    const kind = MAIL_FOR[event.kind];
    const cancelled = event.kind === 'cancelled';
    const params = {
      ...from,
      recipientName: client.firstName,
      start: row.startAt,
      durationMinutes: row.durationMinutes,
      type: row.type,
      typeLabel: appointmentTypeLabel(row.type, language),
      location: row.location,
    };
    const base = {
      practiceId: row.practiceId,
      recipient: email,
      replyTo: from.practitionerEmail,
      language,
      clientId: client.id,
      practitionerId: row.practitionerId,
      appointmentId: row.id,
      appointmentStart: row.startAt,
    };
    const ics = clientInvitation({
      appointmentId: row.id,
      start: row.startAt,
      end: row.endAt,
      type: row.type,
      location: row.location,
      cancelled,
      sequence: row.version,
      practiceName: from.practiceName,
      practitionerName: from.practitionerName,
      language,
      invite: {
        organizer: {
          name: from.practitionerName,
          email: from.practitionerEmail,
        },
        attendee: { name: `${client.firstName} ${client.lastName}`, email },
      },
    });
    const mails: NewAppointmentMail[] = [
      {
        ...base,
        kind,
        rendered: renderAppointmentMail(kind, language, params),
        attachment: {
          filename: ICS_NAME[language],
          contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
          content: ics,
        },
      },
    ];
    const hours = from.practice.appointmentReminderHours;
    const remindAt =
      hours === null || cancelled || row.status !== 'planned'
        ? null
        : new Date(row.startAt.getTime() - hours * HOUR);
    // Booked closer than that: the confirmation is reminder enough.
    if (remindAt && remindAt.getTime() > now.getTime())
      mails.push({
        ...base,
        kind: 'appointment_reminder',
        rendered: renderAppointmentMail(
          'appointment_reminder',
          language,
          params,
        ),
        sendAfter: remindAt,
      });
    for (const mail of mails) await this.outbox.add(manager, mail);
    return mails.map((m) => m.kind);
  }

  afterCommit(): void {
    this.outbox.wake();
  }
}
