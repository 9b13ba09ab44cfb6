import type { MfaEnrolmentRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Secret } from '../../common/validators';

export class MfaEnrolmentDto implements MfaEnrolmentRequest {
  @ApiProperty({ description: 'The password of the signed-in user, again' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  @Secret()
  currentPassword: string;
}
