import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AppointmentMail } from './appointment-mail';
import { AppointmentNotifier } from './appointment-notifier';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

/** The agenda: appointments, their .ics, and each practitioner's calendar feed. */
@Module({
  imports: [AuditModule, ClientsModule, RateLimitModule],
  controllers: [AppointmentsController, CalendarFeedsController],
  providers: [
    AppointmentsService,
    CalendarFeedsService,
    { provide: AppointmentNotifier, useClass: AppointmentMail },
  ],
  exports: [AppointmentsService],
})
export class AppointmentsModule {}
