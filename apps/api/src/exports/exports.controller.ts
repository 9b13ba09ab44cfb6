import {
  Controller,
  Get,
  Param,
  Query,
  Res,
  StreamableFile,
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
import { ExportClientsDto } from './dto/export-clients.dto';
import { ExportsService } from './exports.service';

@ApiTags('exports')
@ApiCookieAuth()
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('exports/clients.csv')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The client list as CSV (UTF-8 with BOM), with the filters of GET /api/clients',
  })
  async clientsCsv(
    @Ctx() ctx: RequestContext,
    @Query() query: ExportClientsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { fileName, csv } = await this.exports.clientsCsv(ctx, query);
    void reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(fileName));
    return csv;
  }

  @Get('clients/:id/export')
  @ApiProduces('application/zip')
  @ApiOperation({
    summary:
      "The client's complete record (AVG art. 15/20): record.json, progress-report.pdf and fhir-bundle.json in a ZIP",
  })
  async clientExport(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    const { fileName, stream } = await this.exports.clientRecord(ctx, id);
    return new StreamableFile(stream, {
      type: 'application/zip',
      disposition: attachment(fileName),
    });
  }

  @Get('practice/export')
  @ApiProduces('application/zip')
  @ApiOperation({
    summary:
      'The whole practice (owner only), streamed as a ZIP: every table row as NDJSON for `cli import`, and per client record.json and fhir-bundle.json',
  })
  async practiceExport(@Ctx() ctx: RequestContext): Promise<StreamableFile> {
    const { fileName, stream } = await this.exports.practiceExport(ctx);
    return new StreamableFile(stream, {
      type: 'application/zip',
      disposition: attachment(fileName),
    });
  }
}
