import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { ClientMessagesController } from './client-messages.controller';
import { ClientPortalController } from './client-portal.controller';
import { ClientPortalService } from './client-portal.service';
import { MessagesService } from './messages.service';
import { PortalGuard } from './portal-guard';
import { PortalLinks } from './portal-links.service';
import { PortalSessions } from './portal-sessions';
import { PortalSignInController } from './portal-sign-in.controller';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
import { PracticeLessonsController } from './practice-lessons.controller';
import { PracticeLessonsService } from './practice-lessons.service';

/** The client portal: its own way in, its own session, the client's own data only. */
@Module({
  imports: [AuditModule, ClientsModule, RateLimitModule],
  controllers: [
    PortalSignInController,
    PortalController,
    ClientMessagesController,
    ClientPortalController,
    PracticeLessonsController,
  ],
  providers: [
    PortalGuard,
    PortalLinks,
    PortalSessions,
    PortalService,
    MessagesService,
    ClientPortalService,
    PracticeLessonsService,
  ],
  exports: [PortalGuard, PortalSessions],
})
export class PortalModule {}
