import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientAccess } from './client-access';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';

@Module({
  imports: [AuditModule],
  controllers: [ClientsController],
  providers: [ClientsService, ClientAccess],
  exports: [ClientAccess, ClientsService],
})
export class ClientsModule {}
