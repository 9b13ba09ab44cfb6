import { EMAIL_MAX_LENGTH } from '@herstelkompas/contracts';
import type { PasswordResetRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import { SingleLine } from '../../../common/validators';

export class PasswordResetDto implements PasswordResetRequest {
  @ApiProperty({ example: 'sanne@praktijk.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @SingleLine()
  email: string;
}
