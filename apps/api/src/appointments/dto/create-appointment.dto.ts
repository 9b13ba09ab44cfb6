import {
  APPOINTMENT_LOCATION_MAX_LENGTH,
  APPOINTMENT_MAX_MINUTES,
  APPOINTMENT_MIN_MINUTES,
  APPOINTMENT_NOTE_MAX_LENGTH,
  APPOINTMENT_TYPES,
  type AppointmentType,
  type CreateAppointmentRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { IsOmittable, trimToNull } from '../../common/validators';

/** An ISO date-time, with or without offset; the service reads it in Amsterdam. */
export const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** A calendar date or a date-time, for ranges. */
export const DATE_OR_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export class CreateAppointmentDto implements CreateAppointmentRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  clientId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  practitionerId?: string;

  @ApiProperty({
    example: '2027-03-29T10:30',
    description:
      'ISO date-time; without an offset it is read on the clock in Europe/Amsterdam',
  })
  @IsString()
  @Matches(DATE_TIME)
  start: string;

  @ApiProperty({
    minimum: APPOINTMENT_MIN_MINUTES,
    maximum: APPOINTMENT_MAX_MINUTES,
  })
  @IsInt()
  @Min(APPOINTMENT_MIN_MINUTES)
  @Max(APPOINTMENT_MAX_MINUTES)
  durationMinutes: number;

  @ApiProperty({ enum: APPOINTMENT_TYPES })
  @IsIn(APPOINTMENT_TYPES)
  type: AppointmentType;

  @ApiPropertyOptional({ nullable: true, maxLength: 500 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(APPOINTMENT_LOCATION_MAX_LENGTH)
  @SingleLine()
  location?: string | null;

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
}
