import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PracticeProfileController } from './practice-profile.controller';
import { PracticeProfileService } from './practice-profile.service';

@Module({
  imports: [AuditModule],
  controllers: [PracticeProfileController],
  providers: [PracticeProfileService],
  exports: [PracticeProfileService],
})
export class PracticesModule {}
