import type { ListAppointmentsQuery } from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import { IsOmittable } from '../../common/validators';
import { DATE_OR_DATE_TIME } from './create-appointment.dto';

export class ListAppointmentsDto implements ListAppointmentsQuery {
  @ApiPropertyOptional({ example: '2027-03-22' })
  @IsOmittable()
  @IsString()
  @Matches(DATE_OR_DATE_TIME)
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-28' })
  @IsOmittable()
  @IsString()
  @Matches(DATE_OR_DATE_TIME)
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  practitionerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  clientId?: string;
}
