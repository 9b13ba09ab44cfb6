import { PASSWORD_MAX_LENGTH } from '@herstelkompas/contracts';
import type { MfaEnrolmentRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Secret } from '../../common/validators';

export class MfaEnrolmentDto implements MfaEnrolmentRequest {
  @ApiProperty({ description: 'The password of the signed-in user, again' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @Secret()
  currentPassword: string;
}
