import type { Answers } from '@herstelkompas/domain';
import type {
  IntakeConsentRequest,
  SaveDraftRequest,
  SubmitIntakeRequest,
  VerifyIntakeRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsBirthDate, SingleLine } from '../../common/validators';

export class VerifyIntakeDto implements VerifyIntakeRequest {
  @ApiProperty({ example: '1978-04-23' })
  @IsNotEmpty()
  @IsBirthDate()
  dateOfBirth: string;
}

export class IntakeConsentDto implements IntakeConsentRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @SingleLine()
  privacyStatementVersion: string;
}

/** Answers are checked item by item against the instrument by libs/domain, not here. */
export class SaveDraftDto implements SaveDraftRequest {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  answers: Answers;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  @SingleLine()
  step?: string | null;
}

export class SubmitIntakeDto implements SubmitIntakeRequest {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  answers: Answers;
}
