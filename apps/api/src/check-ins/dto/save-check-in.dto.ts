import {
  CHECK_IN_STATUSES,
  type CheckInStatus,
  type SaveCheckInRequest,
} from '@herstelkompas/contracts';
import {
  CHECK_IN_HOMEWORK_MAX,
  CHECK_IN_NOTE_MAX_LENGTH,
  CHECK_IN_RED_FLAG_ITEM_IDS,
  type DomainId,
} from '@herstelkompas/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  IsCheckInValue,
  IsOmittable,
  SingleLine,
  trimToNull,
} from '../../common/validators';

const SCALE = { type: 'integer', minimum: 0, maximum: 10 } as const;

/** One 0-10 answer per domain; a draft may leave some out. */
export class CheckInDomainsDto implements Partial<Record<DomainId, number>> {
  @ApiPropertyOptional(SCALE)
  @IsOmittable()
  @IsCheckInValue()
  stress?: number;

  @ApiPropertyOptional(SCALE)
  @IsOmittable()
  @IsCheckInValue()
  breathing?: number;

  @ApiPropertyOptional(SCALE)
  @IsOmittable()
  @IsCheckInValue()
  movement?: number;

  @ApiPropertyOptional(SCALE)
  @IsOmittable()
  @IsCheckInValue()
  nutrition?: number;

  @ApiPropertyOptional(SCALE)
  @IsOmittable()
  @IsCheckInValue()
  sleep?: number;

  @ApiPropertyOptional(SCALE)
  @IsOmittable()
  @IsCheckInValue()
  immune?: number;
}

export class SaveCheckInDto implements SaveCheckInRequest {
  @ApiPropertyOptional({
    enum: CHECK_IN_STATUSES,
    description:
      '`draft` is replaced by the next save that week; default `submitted`',
  })
  @IsOmittable()
  @IsIn(CHECK_IN_STATUSES)
  status?: CheckInStatus;

  @ApiPropertyOptional({ ...SCALE, description: 'Pain now (0 = none)' })
  @IsOmittable()
  @IsCheckInValue()
  painNow?: number;

  @ApiPropertyOptional({ type: CheckInDomainsDto })
  @IsOmittable()
  @ValidateNested()
  @Type(() => CheckInDomainsDto)
  domains?: CheckInDomainsDto;

  @ApiPropertyOptional({
    ...SCALE,
    description: 'How safe moving feels: 0 = not at all, 10 = completely safe',
  })
  @IsOmittable()
  @IsCheckInValue()
  movementSafety?: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: CHECK_IN_HOMEWORK_MAX,
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(CHECK_IN_HOMEWORK_MAX)
  @IsUUID('all', { each: true })
  homeworkDone?: string[];

  @ApiPropertyOptional({
    nullable: true,
    maxLength: CHECK_IN_NOTE_MAX_LENGTH,
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(CHECK_IN_NOTE_MAX_LENGTH)
  @SingleLine()
  note?: string | null;

  @ApiPropertyOptional({
    type: [String],
    enum: CHECK_IN_RED_FLAG_ITEM_IDS,
    description:
      'Short red-flag screen: the questions answered yes ([] = all no)',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(CHECK_IN_RED_FLAG_ITEM_IDS.length)
  @IsIn(CHECK_IN_RED_FLAG_ITEM_IDS, { each: true })
  redFlagsYes?: string[];

  @ApiPropertyOptional({
    description: "Replace this week's sent check-in (asked first)",
  })
  @IsOmittable()
  @IsBoolean()
  replace?: boolean;
}
