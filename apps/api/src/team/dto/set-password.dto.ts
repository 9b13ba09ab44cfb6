import type { SetPasswordRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '@herstelkompas/contracts';
import { SingleLine, Secret } from '../../common/validators';

export class SetPasswordDto implements SetPasswordRequest {
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
  password: string;
}
