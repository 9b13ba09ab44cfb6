import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';

@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [AccessLogController],
  providers: [AccessLogService],
})
export class AccessLogModule {}
