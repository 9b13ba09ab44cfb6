import {
  LINK_TOKEN_MAX_LENGTH,
  type OpenPortalSessionRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBirthDate, SingleLine } from '../../common/validators';

export class OpenPortalSessionDto implements OpenPortalSessionRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LINK_TOKEN_MAX_LENGTH)
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
