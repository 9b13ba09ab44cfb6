import {
  RED_FLAG_ACTIONS,
  REMARK_MAX_LENGTH,
  type AcknowledgeRedFlagRequest,
  type RedFlagAction,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { trimToNull, MultiLine } from '../../common/validators';

export class AcknowledgeRedFlagDto implements AcknowledgeRedFlagRequest {
  @ApiProperty({ enum: RED_FLAG_ACTIONS })
  @IsIn(RED_FLAG_ACTIONS)
  action: RedFlagAction;

  /** "Geen actie nodig, want ..." needs its because. */
  @ApiPropertyOptional({
    nullable: true,
    description: 'Required for no_action_needed and other',
  })
  @Transform(trimToNull)
  @ValidateIf(
    (o: AcknowledgeRedFlagDto) =>
      o.action === 'no_action_needed' || o.action === 'other' || o.note != null,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(REMARK_MAX_LENGTH)
  @MultiLine()
  note?: string | null;
}
