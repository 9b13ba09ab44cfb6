import {
  INTAKE_VARIANTS,
  type EnterAssessmentRequest,
  type IntakeVariant,
} from '@herstelkompas/contracts';
import type { Answers } from '@herstelkompas/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';

export class EnterAssessmentDto implements EnterAssessmentRequest {
  @ApiProperty({ enum: INTAKE_VARIANTS })
  @IsIn(INTAKE_VARIANTS)
  variant: IntakeVariant;

  /** Checked item by item against the instrument by libs/domain. */
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  answers: Answers;
}
