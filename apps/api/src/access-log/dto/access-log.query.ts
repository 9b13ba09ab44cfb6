import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type AccessLogQuery,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { decimalInteger, IsDateTime } from '../../common/validators';

export class AccessLogQueryDto implements AccessLogQuery {
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

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Transform(decimalInteger)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Transform(decimalInteger)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}
