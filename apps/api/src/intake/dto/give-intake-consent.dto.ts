import type { IntakeConsentRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

export class IntakeConsentDto implements IntakeConsentRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @SingleLine()
  privacyStatementVersion: string;
}
