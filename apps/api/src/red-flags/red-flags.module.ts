import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { RedFlagsController } from './red-flags.controller';
import { RedFlagsService } from './red-flags.service';

/** Red flags to review and their acknowledgements. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [RedFlagsController],
  providers: [RedFlagsService],
})
export class RedFlagsModule {}
