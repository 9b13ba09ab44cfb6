import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { IntakeModule } from '../intake/intake.module';
import { FollowUpRunner } from './follow-up-runner';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

/** Follow-up intakes on a schedule, made and sent by a durable job. */
@Module({
  imports: [AuditModule, ClientsModule, IntakeModule],
  controllers: [FollowUpsController],
  providers: [FollowUpsService, FollowUpRunner],
  exports: [FollowUpRunner],
})
export class FollowUpsModule {}
