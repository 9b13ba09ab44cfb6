import {
  INTAKE_VARIANTS,
  SEND_BY,
  type CreateInvitationRequest,
  type SendBy,
  type IntakeVariant,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ enum: INTAKE_VARIANTS })
  @IsIn(INTAKE_VARIANTS)
  variant: IntakeVariant;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  expiresInDays?: number;

  @ApiPropertyOptional({
    enum: SEND_BY,
    default: 'link',
    description: "`email` mails the link to the client's address",
  })
  @IsOptional()
  @IsIn(SEND_BY)
  send?: SendBy;
}
