import {
  NEXT_STEPS_MAX_LENGTH,
  NOTE_TEXT_MAX_LENGTH,
  SESSION_TYPES,
  type CreateSessionNoteRequest,
  type SessionType,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsOmittable,
  trimToNull,
  MultiLine,
  IsDateTime,
} from '../../common/validators';
import { HomeworkDto } from './homework-item.dto';

export class CreateSessionNoteDto implements CreateSessionNoteRequest {
  @ApiProperty({ example: '2026-11-25T10:00:00+01:00' })
  @IsDateTime()
  sessionDate: string;

  @ApiProperty({ enum: SESSION_TYPES })
  @IsIn(SESSION_TYPES)
  type: SessionType;

  @ApiPropertyOptional({ enum: DOMAIN_IDS, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(6)
  @IsIn(DOMAIN_IDS, { each: true })
  domains?: DomainId[];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @MaxLength(NOTE_TEXT_MAX_LENGTH)
  @MultiLine()
  text?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ nullable: true, minimum: 0, maximum: 10 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  painAtStart?: number | null;

  @ApiPropertyOptional({ type: [HomeworkDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(24)
  @ValidateNested({ each: true })
  @Type(() => HomeworkDto)
  homework?: HomeworkDto[];

  @ApiPropertyOptional({ nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(NEXT_STEPS_MAX_LENGTH)
  @MultiLine()
  nextSteps?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  includeInReport?: boolean;
}
