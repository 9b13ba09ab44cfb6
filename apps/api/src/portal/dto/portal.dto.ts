import {
  MESSAGE_MAX_LENGTH,
  SEND_BY,
  type CreatePortalInvitationRequest,
  type OpenPortalSessionRequest,
  type PortalSignInLinkRequest,
  type SendBy,
  type SendMessageRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
import {
  IsBirthDate,
  MultiLine,
  SingleLine,
  trim,
} from '../../common/validators';

export class CreatePortalInvitationDto implements CreatePortalInvitationRequest {
  @ApiProperty({
    enum: SEND_BY,
    description: "`email` mails the link to the client's address",
  })
  @IsIn(SEND_BY)
  send: SendBy;
}

export class OpenPortalSessionDto implements OpenPortalSessionRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @SingleLine()
  token: string;

  @ApiPropertyOptional({
    example: '1978-04-23',
    description: 'Left out only on a browser that passed the check before',
  })
  @IsOptional()
  @IsNotEmpty()
  @IsBirthDate()
  dateOfBirth?: string;
}

export class PortalSignInLinkDto implements PortalSignInLinkRequest {
  @ApiProperty({ example: 'anna@example.nl' })
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(254)
  @SingleLine()
  email: string;
}

export class SendMessageDto implements SendMessageRequest {
  @ApiProperty({ maxLength: MESSAGE_MAX_LENGTH })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MESSAGE_MAX_LENGTH)
  @MultiLine()
  text: string;
}
