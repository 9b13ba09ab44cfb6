import type {
  ClientStatus,
  UpdateClientRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { IsOmittable, MAX_INTEGER } from '../../common/validators';
import { CreateClientDto } from './create-client.dto';

const EDITABLE_STATUSES = [
  'intake_pending',
  'active',
  'paused',
  'completed',
] as const;

export class UpdateClientDto
  extends PartialType(CreateClientDto, { skipNullProperties: false })
  implements UpdateClientRequest
{
  @ApiProperty({
    description: 'The version the change is based on (optimistic concurrency)',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  version: number;

  @ApiPropertyOptional({ enum: EDITABLE_STATUSES })
  @IsOmittable()
  @IsIn(EDITABLE_STATUSES)
  status?: Exclude<ClientStatus, 'archived'>;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  painFocusOff?: boolean;
}
