import {
  HOMEWORK_FREQUENCIES,
  HOMEWORK_INSTRUCTIONS_MAX_LENGTH,
  HOMEWORK_STATUSES,
  HOMEWORK_TITLE_MAX_LENGTH,
  type HomeworkFrequencyKind,
  type HomeworkStatus,
  type UpdateHomeworkRequest,
} from '@herstelkompas/contracts';
import { MAX_TIMES_PER_WEEK } from '@herstelkompas/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
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
  SingleLine,
  trim,
} from '../../common/validators';

export class UpdateHomeworkDto implements UpdateHomeworkRequest {
  @ApiPropertyOptional({ maxLength: HOMEWORK_TITLE_MAX_LENGTH })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(HOMEWORK_TITLE_MAX_LENGTH)
  @SingleLine()
  title?: string;

  @ApiPropertyOptional({ maxLength: HOMEWORK_INSTRUCTIONS_MAX_LENGTH })
  @IsOmittable()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(HOMEWORK_INSTRUCTIONS_MAX_LENGTH)
  @MultiLine()
  instructions?: string;

  @ApiPropertyOptional({ enum: HOMEWORK_FREQUENCIES })
  @IsOmittable()
  @IsIn(HOMEWORK_FREQUENCIES)
  frequency?: HomeworkFrequencyKind;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_TIMES_PER_WEEK,
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TIMES_PER_WEEK)
  timesPerWeek?: number | null;

  @ApiPropertyOptional({ example: '2027-01-04' })
  @IsOmittable()
  @IsCalendarDate()
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-01-31' })
  @IsOmittable()
  @IsCalendarDate()
  endsOn?: string;

  @ApiPropertyOptional({
    enum: HOMEWORK_STATUSES,
    description: '`ended` stops it today',
  })
  @IsOmittable()
  @IsIn(HOMEWORK_STATUSES)
  status?: HomeworkStatus;
}
