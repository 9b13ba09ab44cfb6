import {
  HOMEWORK_STATUSES,
  type HomeworkStatus,
  type UpdateHomeworkRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsOmittable } from '../../common/validators';
import { CreateHomeworkDto } from './create-homework.dto';

/**
 * A change to an assignment: the same fields and rules as assigning it (all
 * omittable, null only where assigning allows it), plus ending it.
 */
export class UpdateHomeworkDto
  extends PartialType(
    PickType(CreateHomeworkDto, [
      'title',
      'instructions',
      'frequency',
      'timesPerWeek',
      'startsOn',
      'endsOn',
    ] as const),
    { skipNullProperties: false },
  )
  implements UpdateHomeworkRequest
{
  @ApiPropertyOptional({
    enum: HOMEWORK_STATUSES,
    description: '`ended` stops it today',
  })
  @IsOmittable()
  @IsIn(HOMEWORK_STATUSES)
  status?: HomeworkStatus;
}
