import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { InvitationIssuer } from './invitation-issuer';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/** From link to submitted intake: invitations and the public intake. */
@Module({
  imports: [AuditModule, ClientsModule, RateLimitModule],
  controllers: [InvitationsController, IntakeController],
  providers: [InvitationsService, IntakeService, InvitationIssuer],
  exports: [InvitationIssuer],
})
export class IntakeModule {}
