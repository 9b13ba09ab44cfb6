import {
  APPOINTMENT_LOCATION_MAX_LENGTH,
  APPOINTMENT_MAX_MINUTES,
  APPOINTMENT_MIN_MINUTES,
  APPOINTMENT_NOTE_MAX_LENGTH,
  APPOINTMENT_STATUSES,
  APPOINTMENT_TYPES,
  type AppointmentStatus,
  type AppointmentType,
  type UpdateAppointmentRequest,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { MultiLine, SingleLine } from '../../common/validators';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOmittable, MAX_INTEGER, trimToNull } from '../../common/validators';
import { DATE_TIME } from './create-appointment.dto';

export class UpdateAppointmentDto implements UpdateAppointmentRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  practitionerId?: string;

  @ApiPropertyOptional({ example: '2027-03-29T10:30' })
  @IsOmittable()
  @IsString()
  @Matches(DATE_TIME)
  start?: string;

  @ApiPropertyOptional({
    minimum: APPOINTMENT_MIN_MINUTES,
    maximum: APPOINTMENT_MAX_MINUTES,
  })
  @IsOmittable()
  @IsInt()
  @Min(APPOINTMENT_MIN_MINUTES)
  @Max(APPOINTMENT_MAX_MINUTES)
  durationMinutes?: number;

  @ApiPropertyOptional({ enum: APPOINTMENT_TYPES })
  @IsOmittable()
  @IsIn(APPOINTMENT_TYPES)
  type?: AppointmentType;

  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(APPOINTMENT_LOCATION_MAX_LENGTH)
  @SingleLine()
  location?: string | null;

  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOmittable()
  @IsIn(APPOINTMENT_STATUSES)
  status?: AppointmentStatus;

  @ApiPropertyOptional({ nullable: true, maxLength: 1000 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(APPOINTMENT_NOTE_MAX_LENGTH)
  @MultiLine()
  note?: string | null;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  allowOverlap?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INTEGER })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  version?: number;
}
