import type { ReportRecord } from '@herstelkompas/contracts';
import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { attachment } from '../common/download';
import { Ctx, type RequestContext } from '../common/request-context';
import { RenderProgressReportDto } from './dto/render-progress-report.dto';
import { type MadeReport, ReportsService } from './reports.service';

@ApiTags('reports')
@ApiCookieAuth()
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  // The web app makes reports with POST. GET stays because it is the
  // published address of the report (other systems fetch it), but a GET
  // stores nothing: it draws the report, logs the read and hands it out.
  @Get('clients/:id/reports/progress.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'The progress report (PDF) for the client or a referrer, drawn to read; not kept (POST keeps it), logged as a read',
  })
  async progressByGet(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: RenderProgressReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { fileName, content } = await this.reports.preview(ctx, id, query);
    void reply
      .type('application/pdf')
      .header('content-disposition', attachment(fileName))
      .header('cache-control', 'no-store');
    return content;
  }

  // POST: making a report keeps it and logs it; the options stay in the query.
  @Post('clients/:id/reports/progress.pdf')
  @HttpCode(200)
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'Make a progress report (PDF) for the client or a referrer; it is kept and logged',
  })
  async progress(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: RenderProgressReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.reports.generate(ctx, id, query));
  }

  @Get('clients/:id/reports')
  @ApiOperation({ summary: "The client's generated reports, newest first" })
  list(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<ReportRecord[]> {
    return this.reports.list(ctx, id);
  }

  @Get('reports/:id/download')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The stored file of a generated report, unchanged' })
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return send(reply, await this.reports.download(ctx, id));
  }
}

function send(reply: FastifyReply, made: MadeReport): Buffer {
  void reply
    .type('application/pdf')
    .header('content-disposition', attachment(made.record.fileName))
    .header('cache-control', 'no-store')
    .header('x-report-id', made.record.id);
  return made.content;
}
