import type {
  InvitePractitionerRequest,
  Language,
  PractitionerRole,
  SendBy,
} from '@herstelkompas/contracts';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  SEND_BY,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { trim, SingleLine } from '../../common/validators';

export class InvitePractitionerDto implements InvitePractitionerRequest {
  @ApiProperty()
  @Transform(trim)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @SingleLine()
  email: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  @SingleLine()
  displayName: string;

  @ApiProperty({ enum: ['owner', 'practitioner'] })
  @IsIn(['owner', 'practitioner'])
  role: PractitionerRole;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: Language;

  @ApiPropertyOptional({
    enum: SEND_BY,
    default: 'link',
    description: '`email` also mails the link to the invited address',
  })
  @IsOptional()
  @IsIn(SEND_BY)
  send?: SendBy;
}
