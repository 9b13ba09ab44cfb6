import type { MailSettings } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

export class UpdateMailSettingsDto implements MailSettings {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 30,
    description: 'Days until the intake reminder; null: no reminder',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(30)
  intakeReminderDays: number | null;
}
