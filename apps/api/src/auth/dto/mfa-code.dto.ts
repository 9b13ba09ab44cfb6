import { MFA_CODE_MAX_LENGTH } from '@herstelkompas/contracts';
import type { MfaCodeRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

export class MfaCodeDto implements MfaCodeRequest {
  @ApiProperty({ example: '123456' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MFA_CODE_MAX_LENGTH)
  @SingleLine()
  code: string;
}
