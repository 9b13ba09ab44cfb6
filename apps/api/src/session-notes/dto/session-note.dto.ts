import {
  SESSION_TYPES,
  type CreateAddendumRequest,
  type CreateSessionNoteRequest,
  type Homework,
  type SessionType,
  type UpdateSessionNoteRequest,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  IsOmittable,
  MAX_INTEGER,
  trimToNull,
  SingleLine,
  MultiLine,
  IsDateTime,
} from '../../common/validators';

export class HomeworkDto implements Homework {
  @ApiProperty({ enum: DOMAIN_IDS })
  @IsIn(DOMAIN_IDS)
  domain: DomainId;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @SingleLine()
  text: string;
}

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
  @MaxLength(20000)
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
  @MaxLength(4000)
  @MultiLine()
  nextSteps?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  includeInReport?: boolean;
}

export class UpdateSessionNoteDto
  extends PartialType(CreateSessionNoteDto, { skipNullProperties: false })
  implements UpdateSessionNoteRequest
{
  @ApiPropertyOptional({
    description: 'The version the edit is based on; 409 when stale',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  version?: number;
}

export class CreateAddendumDto implements CreateAddendumRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  @MultiLine()
  text: string;
}

export class ListNotesQuery {
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
  @MaxLength(100)
  @SingleLine()
  search?: string;
}
