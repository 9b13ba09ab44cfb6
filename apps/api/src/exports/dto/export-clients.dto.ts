import {
  CSV_SEPARATORS,
  type ClientsExportQuery,
  type CsvSeparator,
} from '@herstelkompas/contracts';
import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListClientsDto } from '../../clients/dto/list-clients.dto';

/** The client list's own filters and order (no paging), plus the separator. */
export class ExportClientsDto
  extends OmitType(ListClientsDto, ['page', 'pageSize'] as const)
  implements ClientsExportQuery
{
  @ApiPropertyOptional({ enum: CSV_SEPARATORS, default: 'semicolon' })
  @IsOptional()
  @IsIn(CSV_SEPARATORS)
  separator?: CsvSeparator;
}
