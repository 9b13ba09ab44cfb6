import type { UpdateMailSettingsRequest } from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min, ValidateIf } from 'class-validator';
import { IsOmittable } from '../../common/validators';

/** Either setting may be sent alone; null turns that reminder off. */
export class UpdateMailSettingsDto implements UpdateMailSettingsRequest {
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 30,
    description: 'Days until the intake reminder; null: no reminder',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  @Max(30)
  intakeReminderDays?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 168,
    description:
      'Hours before an appointment its reminder goes; null: no reminder',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(1)
  @Max(168)
  appointmentReminderHours?: number | null;

  @ApiPropertyOptional({
    description: 'Clients and practitioners write each other in the portal',
  })
  @IsOmittable()
  @IsBoolean()
  messagingEnabled?: boolean;

  @ApiPropertyOptional({
    description:
      "The weekly check-in asks the intake's short red-flag screen (default off)",
  })
  @IsOmittable()
  @IsBoolean()
  checkInRedFlags?: boolean;
}
