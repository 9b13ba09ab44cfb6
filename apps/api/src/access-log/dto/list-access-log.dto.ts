import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AccessLogQuery,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { IsDateTime } from '../../common/validators';

export class ListAccessLogDto extends PageQueryDto implements AccessLogQuery {
  @ApiPropertyOptional({ description: 'ISO date or date-time, inclusive' })
  @IsOptional()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({
    description: 'ISO date or date-time; a date includes that whole day',
  })
  @IsOptional()
  @IsDateTime()
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  practitionerId?: string;

  @ApiPropertyOptional({
    enum: AUDIT_ACTIONS,
    description: 'NEN 7513 action code',
  })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;
}
