import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable } from '../../common/validators';

/** `DELETE /api/portal/homework/:id/done?on=`: the day to take back. */
export class UndoHomeworkDoneDto {
  @ApiPropertyOptional({
    example: '2027-01-05',
    description: 'Today when left out',
  })
  @IsOmittable()
  @IsCalendarDate()
  on?: string;
}
