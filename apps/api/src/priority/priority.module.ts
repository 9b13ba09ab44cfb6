import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { PriorityController } from './priority.controller';
import { PriorityService } from './priority.service';

/** Priority decisions: the practitioner's chosen focus. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [PriorityController],
  providers: [PriorityService],
})
export class PriorityModule {}
