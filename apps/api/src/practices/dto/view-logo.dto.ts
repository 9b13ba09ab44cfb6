import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

/** `GET /api/practice/logo?v=...`: the logo's date, so a new logo gets a new address. */
export class ViewLogoDto {
  @ApiPropertyOptional({ description: 'Cache key: the logo date' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @SingleLine()
  v?: string;
}
