import {
  EMAIL_MAX_LENGTH,
  type PortalSignInLinkRequest,
} from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

export class PortalSignInLinkDto implements PortalSignInLinkRequest {
  @ApiProperty({ example: 'anna@example.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @SingleLine()
  email: string;
}
