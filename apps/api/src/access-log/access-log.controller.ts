import type { AccessLogEntry, Page } from '@herstelkompas/contracts';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Ctx, type RequestContext } from '../common/request-context';
import { AccessLogService } from './access-log.service';
import { ListAccessLogDto } from './dto/list-access-log.dto';

@ApiTags('access log')
@ApiCookieAuth()
@Controller()
export class AccessLogController {
  constructor(private readonly log: AccessLogService) {}

  @Get('clients/:id/access-log')
  @ApiOperation({
    summary: 'Who looked at or changed this client record (owner only)',
  })
  forClient(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: ListAccessLogDto,
  ): Promise<Page<AccessLogEntry>> {
    return this.log.forClient(ctx, id, query);
  }

  @Get('clients/:id/access-log.csv')
  async csv(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: ListAccessLogDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const csv = await this.log.clientCsv(ctx, id, query);
    void reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="toegangslog-${id}.csv"`,
      );
    return csv;
  }

  @Get('access-log')
  @ApiOperation({
    summary:
      'The practice access log, filterable by practitioner and period (owner only)',
  })
  forPractice(
    @Ctx() ctx: RequestContext,
    @Query() query: ListAccessLogDto,
  ): Promise<Page<AccessLogEntry>> {
    return this.log.forPractice(ctx, query);
  }
}
