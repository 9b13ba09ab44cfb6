import type { SetPasswordRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsAcceptablePassword } from '../../auth/password-strength';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwords';
import { SingleLine, Secret } from '../../common/validators';

export class SetPasswordDto implements SetPasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SingleLine()
  token: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  @IsAcceptablePassword()
  @Secret()
  password: string;
}
