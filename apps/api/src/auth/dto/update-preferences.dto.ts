import type {
  Language,
  UpdatePreferencesRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsOmittable } from '../../common/validators';

export class UpdatePreferencesDto implements UpdatePreferencesRequest {
  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOmittable()
  @IsIn(['nl', 'en'])
  language?: Language;
}
