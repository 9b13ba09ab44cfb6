import {
  HOMEWORK_FREQUENCIES,
  HOMEWORK_INSTRUCTIONS_MAX_LENGTH,
  HOMEWORK_TITLE_MAX_LENGTH,
  type CreateHomeworkRequest,
  type HomeworkFrequencyKind,
} from '@herstelkompas/contracts';
import {
  DOMAIN_IDS,
  EXERCISE_IDS,
  MAX_TIMES_PER_WEEK,
  type DomainId,
} from '@herstelkompas/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
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

/** From the library (`exerciseId`) or own words (`domain`, `title`, `instructions`). */
export class CreateHomeworkDto implements CreateHomeworkRequest {
  @ApiPropertyOptional({ enum: EXERCISE_IDS, nullable: true })
  @IsOptional()
  @IsIn(EXERCISE_IDS)
  exerciseId?: string | null;

  @ApiPropertyOptional({
    enum: DOMAIN_IDS,
    description: "The exercise's own domain when left out",
  })
  @IsOmittable()
  @IsIn(DOMAIN_IDS)
  domain?: DomainId;

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

  @ApiProperty({ enum: HOMEWORK_FREQUENCIES })
  @IsIn(HOMEWORK_FREQUENCIES)
  frequency: HomeworkFrequencyKind;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_TIMES_PER_WEEK,
    nullable: true,
    description: 'Required with `weekly`',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TIMES_PER_WEEK)
  timesPerWeek?: number | null;

  @ApiProperty({ example: '2027-01-04' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ example: '2027-01-31' })
  @IsCalendarDate()
  endsOn: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  sessionNoteId?: string | null;
}
