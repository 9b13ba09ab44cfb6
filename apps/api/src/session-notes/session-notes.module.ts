import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { SessionNotesController } from './session-notes.controller';
import { SessionNotesService } from './session-notes.service';

/** Session notes and their addenda. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [SessionNotesController],
  providers: [SessionNotesService],
})
export class SessionNotesModule {}
