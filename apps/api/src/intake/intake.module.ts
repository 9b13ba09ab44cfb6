import { Module } from '@nestjs/common';
import { AssessmentsController } from '../assessments/assessments.controller';
import { AssessmentsService } from '../assessments/assessments.service';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { RedFlagsController } from '../red-flags/red-flags.controller';
import { RedFlagsService } from '../red-flags/red-flags.service';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { InvitationIssuer } from './invitation-issuer';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/** From link to scored assessment: invitations, the public intake, assessments and red flags. */
@Module({
  imports: [AuditModule, ClientsModule, RateLimitModule],
  controllers: [
    InvitationsController,
    IntakeController,
    AssessmentsController,
    RedFlagsController,
  ],
  providers: [
    InvitationsService,
    IntakeService,
    AssessmentsService,
    RedFlagsService,
    InvitationIssuer,
  ],
  exports: [InvitationIssuer],
})
export class IntakeModule {}
