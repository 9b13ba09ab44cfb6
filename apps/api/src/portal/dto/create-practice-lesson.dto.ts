import {
  PRACTICE_LESSON_LIMITS,
  type PracticeLessonRequest,
} from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MultiLine, SingleLine, trim } from '../../common/validators';

const L = PRACTICE_LESSON_LIMITS;

export class CreatePracticeLessonDto implements PracticeLessonRequest {
  @ApiProperty({ maxLength: L.titleMax, example: 'Pijn en slaap' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.titleMax)
  @SingleLine()
  title: string;

  @ApiProperty({
    type: 'integer',
    minimum: L.minutesMin,
    maximum: L.minutesMax,
    description: 'Minutes of reading',
  })
  @IsInt()
  @Min(L.minutesMin)
  @Max(L.minutesMax)
  minutes: number;

  @ApiProperty({
    maxLength: L.bodyMax,
    description: 'Markdown; shown element by element, raw HTML as text',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(L.bodyMax)
  @MultiLine()
  body: string;
}
