import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { decimalInteger } from '../../common/validators';

export class ViewTodayDto {
  @ApiPropertyOptional({
    default: 6,
    description: 'Weeks without a session or intake before a client is due',
  })
  @IsOptional()
  @Transform(decimalInteger)
  @IsInt()
  @Min(1)
  @Max(52)
  followUpWeeks?: number;
}
