import type { SaveDailyLogRequest } from '@herstelkompas/contracts';
import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import {
  IsCalendarDate,
  IsCheckInValue,
  IsOmittable,
  IsSleepHours,
} from '../../common/validators';

const SCALE = { type: 'integer', minimum: 0, maximum: 10 } as const;

export class SaveDailyLogDto implements SaveDailyLogRequest {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Day in Amsterdam; default today',
  })
  @IsOmittable()
  @IsCalendarDate()
  on?: string;

  @ApiProperty(SCALE)
  @IsCheckInValue()
  pain: number;

  @ApiProperty({ type: 'number', minimum: 0, maximum: 14, multipleOf: 0.5 })
  @IsSleepHours()
  sleepHours: number;
}
