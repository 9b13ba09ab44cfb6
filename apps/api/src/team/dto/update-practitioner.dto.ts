import type {
  PractitionerRole,
  UpdatePractitionerRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { IsOmittable } from '../../common/validators';

export class UpdatePractitionerDto implements UpdatePractitionerRequest {
  @ApiPropertyOptional({ enum: ['owner', 'practitioner'] })
  @IsOmittable()
  @IsIn(['owner', 'practitioner'])
  role?: PractitionerRole;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}
