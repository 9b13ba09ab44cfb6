import {
  PRACTICE_LESSON_LIMITS,
  type BuiltinLessonRequest,
  type PracticeLessonRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MultiLine, SingleLine, trim } from '../../common/validators';

const L = PRACTICE_LESSON_LIMITS;

export class PracticeLessonDto implements PracticeLessonRequest {
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

/** Any field may be sent alone; absent fields stay, null is refused (400). */
export class UpdatePracticeLessonDto extends PartialType(PracticeLessonDto, {
  skipNullProperties: false,
}) {}

export class BuiltinLessonDto implements BuiltinLessonRequest {
  @ApiProperty({ description: "True: the practice's clients do not see it" })
  @IsBoolean()
  hidden: boolean;
}
