import type {
  PractitionerRole,
  UpdatePractitionerRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class UpdatePractitionerDto implements UpdatePractitionerRequest {
  @ApiPropertyOptional({ enum: ['owner', 'practitioner'] })
  @IsOptional()
  @IsIn(['owner', 'practitioner'])
  role?: PractitionerRole;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
