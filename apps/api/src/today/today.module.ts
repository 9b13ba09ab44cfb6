import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { TodayController } from './today.controller';
import { TodayService } from './today.service';

/** The practitioner's start page (Vandaag). */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [TodayController],
  providers: [TodayService],
})
export class TodayModule {}
