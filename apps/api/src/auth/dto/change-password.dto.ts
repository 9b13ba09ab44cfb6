import { PASSWORD_MAX_LENGTH } from '@herstelkompas/contracts';
import type { ChangePasswordRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../passwords';
import { Secret } from '../../common/validators';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @Secret()
  currentPassword: string;

  /** The same rules as setting a password from an invitation. */
  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    description: 'Refused with weak_password when common or guessable.',
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  @Secret()
  newPassword: string;
}
