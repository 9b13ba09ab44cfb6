import {
  MFA_CODE_MAX_LENGTH,
  RECOVERY_CODE_MAX_LENGTH,
} from '@herstelkompas/contracts';
import type { MfaLoginRequest } from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

/** A 6-digit code or a recovery code; the service takes whichever is present. */
export class MfaLoginDto implements MfaLoginRequest {
  @ApiPropertyOptional({ example: '123456' })
  @IsOptional()
  @IsString()
  @MaxLength(MFA_CODE_MAX_LENGTH)
  @SingleLine()
  code?: string;

  @ApiPropertyOptional({ example: 'K7QM-3XTP-W9RD' })
  @IsOptional()
  @IsString()
  @MaxLength(RECOVERY_CODE_MAX_LENGTH)
  @SingleLine()
  recoveryCode?: string;
}
