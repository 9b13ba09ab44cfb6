import {
  CLIENT_LIST_STATUSES,
  CLIENT_SORTS,
  SEARCH_MAX_LENGTH,
  TAG_MAX_LENGTH,
  type ClientListQuery,
  type ClientListStatus,
  type ClientSort,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { trimToNull, SingleLine } from '../../common/validators';

export class ListClientsDto extends PageQueryDto implements ClientListQuery {
  @ApiPropertyOptional({
    description: 'Part of a name or email; accents and case do not matter',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
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
  @MaxLength(TAG_MAX_LENGTH)
  @SingleLine()
  tag?: string;

  @ApiPropertyOptional({ enum: CLIENT_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(CLIENT_SORTS)
  sort?: ClientSort;
}
