import type { HomeView } from '@herstelkompas/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { decimalInteger } from '../common/validators';
import { Ctx, type RequestContext } from '../common/request-context';
import { HomeService } from './home.service';

export class HomeQuery {
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

@ApiTags('home')
@ApiCookieAuth()
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  @Get()
  view(
    @Ctx() ctx: RequestContext,
    @Query() query: HomeQuery,
  ): Promise<HomeView> {
    return this.home.home(ctx, query.followUpWeeks ?? 6);
  }
}
