import type {
  PasswordResetConfirmRequest,
  PasswordResetRequest,
} from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import {
  IsEmail,
  IsNotEmpty,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Secret, SingleLine } from '../../common/validators';
import { MIN_PASSWORD_LENGTH } from '../passwords';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'sanne@praktijk.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  @SingleLine()
  email: string;
}

/** The same password rules as setting a password anywhere else. */
export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SingleLine()
  token: string;

  @ApiProperty({
    minLength: MIN_PASSWORD_LENGTH,
    description: 'Refused with weak_password when common or guessable.',
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  @Secret()
  newPassword: string;
}
