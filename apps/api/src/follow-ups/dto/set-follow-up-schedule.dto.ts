import {
  FOLLOW_UP_EVERY_WEEKS_MAX,
  FOLLOW_UP_EVERY_WEEKS_MIN,
  INTAKE_VARIANTS,
  SEND_BY,
  type IntakeVariant,
  type SendBy,
  type SetFollowUpScheduleRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate, IsOmittable } from '../../common/validators';

/** Exactly one of `everyWeeks` and `on`: the service says which field is wrong. */
export class SetFollowUpScheduleDto implements SetFollowUpScheduleRequest {
  @ApiPropertyOptional({
    minimum: FOLLOW_UP_EVERY_WEEKS_MIN,
    maximum: FOLLOW_UP_EVERY_WEEKS_MAX,
    description: 'Every N weeks; the first one N weeks from today',
  })
  @IsOmittable()
  @IsInt()
  @Min(FOLLOW_UP_EVERY_WEEKS_MIN)
  @Max(FOLLOW_UP_EVERY_WEEKS_MAX)
  everyWeeks?: number;

  @ApiPropertyOptional({
    example: '2027-01-04',
    description: 'Once, on this day (Europe/Amsterdam), today or later',
  })
  @IsOmittable()
  @IsCalendarDate()
  on?: string;

  @ApiPropertyOptional({
    enum: SEND_BY,
    description:
      '`email` by default when the client has an address, else `link`',
  })
  @IsOmittable()
  @IsIn(SEND_BY)
  send?: SendBy;

  @ApiPropertyOptional({ enum: INTAKE_VARIANTS, default: 'follow_up' })
  @IsOmittable()
  @IsIn(INTAKE_VARIANTS)
  variant?: IntakeVariant;
}
