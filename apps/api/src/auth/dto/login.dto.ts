import {
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
} from '@herstelkompas/contracts';
import type { LoginRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SingleLine, Secret } from '../../common/validators';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'demo@herstelkompas.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @SingleLine()
  email: string;

  @ApiProperty({ example: 'herstel-demo-2026' })
  @IsNotEmpty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @Secret()
  password: string;
}
