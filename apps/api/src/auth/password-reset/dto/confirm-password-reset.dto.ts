import {
  LINK_TOKEN_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
} from '@herstelkompas/contracts';
import type { PasswordResetConfirmRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { Secret, SingleLine } from '../../../common/validators';
import { MIN_PASSWORD_LENGTH } from '../../passwords';

/** The same password rules as setting a password anywhere else. */
export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LINK_TOKEN_MAX_LENGTH)
  @SingleLine()
  token: string;

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
