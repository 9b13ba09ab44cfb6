import type { LoginRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SingleLine, Secret } from '../../common/validators';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'demo@herstelkompas.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  @SingleLine()
  email: string;

  @ApiProperty({ example: 'herstel-demo-2026' })
  @IsNotEmpty()
  @IsString()
  @MaxLength(1024)
  @Secret()
  password: string;
}
