import {
  REMARK_MAX_LENGTH,
  REPORT_AUDIENCES,
  type Language,
  type ProgressReportQuery,
  type ReportAudience,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { trimToNull, MultiLine } from '../../common/validators';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Up to 50 note ids, comma-separated. */
const NOTE_IDS = new RegExp(`^${UUID}(,${UUID}){0,49}$`, 'i');

export class RenderProgressReportDto implements ProgressReportQuery {
  @ApiPropertyOptional({ enum: REPORT_AUDIENCES, default: 'client' })
  @IsOptional()
  @IsIn(REPORT_AUDIENCES)
  audience?: ReportAudience;

  @ApiPropertyOptional({
    enum: ['nl', 'en'],
    description: "Defaults to the client's language",
  })
  @IsOptional()
  @IsIn(['nl', 'en'])
  lang?: Language;

  @ApiPropertyOptional({ description: 'Assessment id of the baseline' })
  @IsOptional()
  @IsUUID()
  from?: string;

  @ApiPropertyOptional({
    description: 'Assessment id of the latest measurement',
  })
  @IsOptional()
  @IsUUID()
  to?: string;

  @ApiPropertyOptional({
    description: 'Comma-separated ids of signed notes marked for the report',
  })
  @Transform(trimToNull)
  @IsOptional()
  @Matches(NOTE_IDS)
  notes?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'true' })
  @IsOptional()
  @IsIn(['true', 'false'])
  painCharts?: 'true' | 'false';

  @ApiPropertyOptional({ description: "The practitioner's closing words" })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(REMARK_MAX_LENGTH)
  @MultiLine()
  closing?: string;
}
