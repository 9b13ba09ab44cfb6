import type { Answers } from '@herstelkompas/domain';
import type { SaveDraftRequest } from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

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
