import {
  type ClientStatus,
  type UpdateClientRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { CreateClientDto } from './create-client.dto';

const EDITABLE_STATUSES = [
  'intake_pending',
  'active',
  'paused',
  'completed',
] as const;

export class UpdateClientDto
  extends PartialType(CreateClientDto)
  implements UpdateClientRequest
{
  @ApiProperty({
    description: 'The version the change is based on (optimistic concurrency)',
  })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ enum: EDITABLE_STATUSES })
  @IsOptional()
  @IsIn(EDITABLE_STATUSES)
  status?: Exclude<ClientStatus, 'archived'>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  painFocusOff?: boolean;
}
