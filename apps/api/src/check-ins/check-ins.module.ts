import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { PortalModule } from '../portal/portal.module';
import { CheckInClock } from './check-in-clock';
import { CheckInsService } from './check-ins.service';
import { ClientCheckInsController } from './client-check-ins.controller';
import { PortalCheckInsController } from './portal-check-ins.controller';

/** Weekly check-ins and the daily mini-log: the client's own estimate between sessions. */
@Module({
  imports: [AuditModule, ClientsModule, PortalModule],
  controllers: [PortalCheckInsController, ClientCheckInsController],
  providers: [CheckInsService, CheckInClock],
  exports: [CheckInsService],
})
export class CheckInsModule {}
