import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';

/** A client's goals. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [GoalsController],
  providers: [GoalsService],
})
export class GoalsModule {}
