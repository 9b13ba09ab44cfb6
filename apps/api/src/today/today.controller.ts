import type { HomeView } from '@herstelkompas/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { ViewTodayDto } from './dto/view-today.dto';
import { TodayService } from './today.service';

/** The practitioner's start page (Vandaag); the path stays /api/home. */
@ApiTags('home')
@ApiCookieAuth()
@Controller('home')
export class TodayController {
  constructor(private readonly today: TodayService) {}

  @Get()
  view(
    @Ctx() ctx: RequestContext,
    @Query() query: ViewTodayDto,
  ): Promise<HomeView> {
    return this.today.view(ctx, query.followUpWeeks ?? 6);
  }
}
