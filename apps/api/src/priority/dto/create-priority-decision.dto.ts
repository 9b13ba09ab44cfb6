import type { CreatePriorityDecisionRequest } from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { SingleLine, MultiLine } from '../../common/validators';

/**
 * Shapes only; whether the order is a permutation of the six domains, the
 * focus fits and a reason is given is decided by libs/domain's validateDecision.
 */
export class CreatePriorityDecisionDto implements CreatePriorityDecisionRequest {
  @ApiProperty({
    type: [String],
    example: [
      'sleep',
      'stress',
      'breathing',
      'movement',
      'nutrition',
      'immune',
    ],
  })
  @IsArray()
  @IsString({ each: true })
  @SingleLine({ each: true })
  order: string[];

  @ApiProperty({ type: [String], example: ['sleep', 'stress'] })
  @IsArray()
  @IsString({ each: true })
  @SingleLine({ each: true })
  focusDomains: string[];

  @ApiProperty({ example: 'CLINICAL_JUDGEMENT' })
  @IsString()
  @SingleLine()
  reasonCode: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MultiLine()
  reasonText?: string | null;
}
