import type {
  CalendarFeedCreated,
  CalendarFeedState,
} from '@herstelkompas/contracts';
import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../auth/tokens';
import { Public } from '../common/public.decorator';
import { Ctx, type RequestContext } from '../common/request-context';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Calendar apps poll every few minutes to hours; far more is someone guessing. */
const FEED_PER_IP_PER_MINUTE = 120;
const FEED_PER_TOKEN_PER_HOUR = 120;

@ApiTags('agenda')
@Controller()
export class CalendarFeedsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get('calendar-feed')
  @ApiCookieAuth()
  @ApiOperation({
    summary: "Whether the caller's calendar subscription exists",
  })
  state(@Ctx() ctx: RequestContext): Promise<CalendarFeedState> {
    return this.feeds.state(ctx);
  }

  @Post('calendar-feed')
  @ApiCookieAuth()
  @ApiOperation({
    summary:
      'A new subscription address for the caller (replaces the old one); shown once',
  })
  create(@Ctx() ctx: RequestContext): Promise<CalendarFeedCreated> {
    return this.feeds.create(ctx);
  }

  @Delete('calendar-feed')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: "Revoke the caller's subscription address" })
  async revoke(@Ctx() ctx: RequestContext): Promise<void> {
    await this.feeds.revoke(ctx);
  }

  @Get('calendar-feeds/:token')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOperation({
    summary:
      "A practitioner's appointments as an iCalendar feed (initials and type only); the token is the key",
  })
  async feed(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.limiter.hit(`feed-ip:${request.ip}`, FEED_PER_IP_PER_MINUTE, 60);
    await this.limiter.hit(
      `feed:${hashToken(token).slice(0, 32)}`,
      FEED_PER_TOKEN_PER_HOUR,
      3600,
    );
    const ua = request.headers['user-agent'];
    const body = await this.feeds.feed(token, {
      ip: request.ip,
      userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
    });
    void reply.type('text/calendar; charset=utf-8');
    return body;
  }
}
