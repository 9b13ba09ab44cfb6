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
import { MIN_PASSWORD_LENGTH } from '../passwords';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'sanne@praktijk.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

/** The same password rules as setting a password anywhere else. */
export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  newPassword: string;
}
