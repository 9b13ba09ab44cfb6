import { NAME_MAX_LENGTH } from '@herstelkompas/contracts';
import type {
  Language,
  UpdatePreferencesRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOmittable, SingleLine, trimToNull } from '../../common/validators';

export class UpdatePreferencesDto implements UpdatePreferencesRequest {
  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOmittable()
  @IsIn(['nl', 'en'])
  language?: Language;

  @ApiPropertyOptional({ nullable: true, example: 'Oefentherapeut' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  @SingleLine()
  profession?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'BIG 12345678' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX_LENGTH)
  @SingleLine()
  registration?: string | null;
}
