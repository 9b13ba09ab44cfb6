import type { SetPasswordRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import {
  LINK_TOKEN_MAX_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_MAX_LENGTH,
} from '@herstelkompas/contracts';
import { SingleLine, Secret } from '../../common/validators';

export class SetPasswordDto implements SetPasswordRequest {
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
  password: string;
}
