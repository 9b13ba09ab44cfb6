import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { TimelineController } from './timeline.controller';
import { TimelineService } from './timeline.service';

/** A client's timeline: every record in date order. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [TimelineController],
  providers: [TimelineService],
})
export class TimelineModule {}
