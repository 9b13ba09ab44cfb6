import type { TimelineEvent } from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Ctx, type RequestContext } from '../common/request-context';
import { TimelineService } from './timeline.service';

export class TimelineQuery {
  @ApiPropertyOptional({ enum: DOMAIN_IDS })
  @IsOptional()
  @IsIn(DOMAIN_IDS)
  domain?: DomainId;
}

@ApiTags('timeline')
@ApiCookieAuth()
@Controller('clients/:id/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: TimelineQuery,
  ): Promise<TimelineEvent[]> {
    return this.timeline.timeline(ctx, id, query.domain);
  }
}
