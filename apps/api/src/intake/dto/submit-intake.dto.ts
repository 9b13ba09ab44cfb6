import type { Answers } from '@herstelkompas/domain';
import type { SubmitIntakeRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

export class SubmitIntakeDto implements SubmitIntakeRequest {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  answers: Answers;
}
