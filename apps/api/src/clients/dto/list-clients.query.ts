import {
  CLIENT_LIST_STATUSES,
  CLIENT_SORTS,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ClientListQuery,
  type ClientListStatus,
  type ClientSort,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  decimalInteger,
  trimToNull,
  SingleLine,
} from '../../common/validators';

export class ListClientsQuery implements ClientListQuery {
  @ApiPropertyOptional({
    description: 'Part of a name or email; accents and case do not matter',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  search?: string;

  @ApiPropertyOptional({
    enum: CLIENT_LIST_STATUSES,
    description:
      'Without it: clients still in care (intake pending, active, paused). `unarchived`: those and completed ones.',
  })
  @IsOptional()
  @IsIn(CLIENT_LIST_STATUSES)
  status?: ClientListStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  practitionerId?: string;

  @ApiPropertyOptional({ enum: DOMAIN_IDS })
  @IsOptional()
  @IsIn(DOMAIN_IDS)
  focusDomain?: DomainId;

  @ApiPropertyOptional()
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @SingleLine()
  tag?: string;

  @ApiPropertyOptional({ enum: CLIENT_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(CLIENT_SORTS)
  sort?: ClientSort;

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
