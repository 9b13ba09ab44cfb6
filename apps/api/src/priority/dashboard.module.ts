import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { GoalsController } from '../goals/goals.controller';
import { GoalsService } from '../goals/goals.service';
import { HomeController } from '../home/home.controller';
import { HomeService } from '../home/home.service';
import { SessionNotesController } from '../session-notes/session-notes.controller';
import { SessionNotesService } from '../session-notes/session-notes.service';
import { TimelineController } from '../timeline/timeline.controller';
import { TimelineService } from '../timeline/timeline.service';
import { PriorityController } from './priority.controller';
import { PriorityService } from './priority.service';

/** The client dashboard's records: priority decisions, session notes, goals, timeline and home. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [
    PriorityController,
    SessionNotesController,
    GoalsController,
    TimelineController,
    HomeController,
  ],
  providers: [
    PriorityService,
    SessionNotesService,
    GoalsService,
    TimelineService,
    HomeService,
  ],
})
export class DashboardModule {}
