import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { PortalModule } from '../portal/portal.module';
import {
  ClientHomeworkController,
  HomeworkLibraryController,
} from './homework.controller';
import { HomeworkService } from './homework.service';
import { PortalHomeworkController } from './portal-homework.controller';

/** Homework: assignments by the practitioner, ticks by the client in the portal. */
@Module({
  imports: [AuditModule, ClientsModule, PortalModule],
  controllers: [
    ClientHomeworkController,
    HomeworkLibraryController,
    PortalHomeworkController,
  ],
  providers: [HomeworkService],
  exports: [HomeworkService],
})
export class HomeworkModule {}
