import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClientsModule } from '../clients/clients.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

/** Assessments entered by the practitioner and their scores. */
@Module({
  imports: [AuditModule, ClientsModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService],
})
export class AssessmentsModule {}
