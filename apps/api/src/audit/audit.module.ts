import { Module } from '@nestjs/common';
import { AuditLineBuffer } from './audit-line-buffer';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditService, AuditLineBuffer],
  exports: [AuditService, AuditLineBuffer],
})
export class AuditModule {}
