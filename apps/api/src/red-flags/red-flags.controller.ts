import type { RedFlagReview } from '@herstelkompas/contracts';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../common/request-context';
import { AcknowledgeRedFlagDto } from './dto/acknowledge-red-flag.dto';
import { RedFlagsService } from './red-flags.service';

@ApiTags('red flags')
@ApiCookieAuth()
@Controller()
export class RedFlagsController {
  constructor(private readonly redFlags: RedFlagsService) {}

  @Get('clients/:id/red-flags')
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<RedFlagReview[]> {
    return this.redFlags.list(ctx, id);
  }

  @Post('red-flags/:id/acknowledge')
  @HttpCode(200)
  acknowledge(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() body: AcknowledgeRedFlagDto,
  ): Promise<RedFlagReview> {
    return this.redFlags.acknowledge(ctx, id, body);
  }
}
