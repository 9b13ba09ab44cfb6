import {
  HOMEWORK_MAX_MINUTES,
  HOMEWORK_NOTE_MAX_LENGTH,
  type HomeworkDoneRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsCalendarDate,
  IsOmittable,
  MultiLine,
  trimToNull,
} from '../../common/validators';

export class MarkHomeworkDoneDto implements HomeworkDoneRequest {
  @ApiPropertyOptional({
    example: '2027-01-05',
    description: 'Today (Europe/Amsterdam) when left out',
  })
  @IsOmittable()
  @IsCalendarDate()
  on?: string;

  @ApiPropertyOptional({ maxLength: HOMEWORK_NOTE_MAX_LENGTH, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(HOMEWORK_NOTE_MAX_LENGTH)
  @MultiLine()
  note?: string | null;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: HOMEWORK_MAX_MINUTES,
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(HOMEWORK_MAX_MINUTES)
  minutes?: number | null;
}
