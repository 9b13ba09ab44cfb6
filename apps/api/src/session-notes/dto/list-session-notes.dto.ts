import {
  SEARCH_MAX_LENGTH,
  SESSION_TYPES,
  type SessionType,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimToNull, SingleLine } from '../../common/validators';

export class ListSessionNotesDto {
  @ApiPropertyOptional({ enum: DOMAIN_IDS })
  @IsOptional()
  @IsIn(DOMAIN_IDS)
  domain?: DomainId;

  @ApiPropertyOptional({ enum: SESSION_TYPES })
  @IsOptional()
  @IsIn(SESSION_TYPES)
  type?: SessionType;

  @ApiPropertyOptional({
    description: 'Words in the note, homework or next steps',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  @SingleLine()
  search?: string;
}
