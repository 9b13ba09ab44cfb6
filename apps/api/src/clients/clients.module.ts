import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { ClientAccess } from './client-access';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';
import { DeniedAccessLog } from './denied-access-log';

@Module({
  imports: [AuditModule],
  controllers: [ClientsController],
  providers: [
    ClientsService,
    ClientAccess,
    { provide: APP_INTERCEPTOR, useClass: DeniedAccessLog },
  ],
  exports: [ClientAccess, ClientsService],
})
export class ClientsModule {}
