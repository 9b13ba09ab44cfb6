import type {
  ProgressReportOptions,
  ReportRecord,
} from '@herstelkompas/contracts';
import {
  buildProgressReport,
  type ProgressReport,
  toCalendarDate,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { Client } from '../clients/client.entity';
import { ApiError, ValidationFailed } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { ProgressReportQuery } from './dto/progress-report.query';
import {
  renderProgressReport,
  type RenderOptions,
} from './pdf/render-progress-report';
import { loadReportData, type ReportData } from './report-data';
import { isReportable, toReportInput, toRenderOptions } from './report-input';
import { reportFileName, toReportRecord } from './report-mapper';
import { ReportRow } from './report.entity';
import { Semaphore } from './semaphore';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A made report: the stored row and the file's bytes. */
export interface MadeReport {
  record: ReportRecord;
  content: Buffer;
}

/**
 * Progress reports: made from libs/domain's model, drawn with pdfkit and
 * kept byte for byte. Reading happens in one consistent snapshot, drawing
 * outside any transaction (no connection is held while waiting for a free
 * core), and the row and its access-log line commit together.
 */
@Injectable()
export class ReportsService {
  private readonly renders = new Semaphore(availableParallelism());

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
  ) {}

  async generate(
    ctx: RequestContext,
    clientId: string,
    query: ProgressReportQuery,
  ): Promise<MadeReport> {
    const generatedOn = toCalendarDate(new Date().toISOString());
    const { options, input, render } = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const client = await this.access.find(manager, ctx, clientId);
        const options = optionsFor(query, client);
        const data = await loadReportData(manager, client, options.noteIds);
        assertValidSelection(data, options);
        return {
          options,
          input: toReportInput(data, options, generatedOn),
          render: toRenderOptions(data, options),
        };
      },
    );
    const report = buildProgressReport(input);
    const content = await this.draw(report, render);
    const fileName = reportFileName(
      options.audience,
      options.language,
      report.header.clientName,
      generatedOn,
    );
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const row = await manager.save(
        manager.create(ReportRow, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          kind: 'progress',
          generatedBy: ctx.practitionerId,
          options,
          fileName,
          sha256: createHash('sha256').update(content).digest('hex'),
          sizeBytes: content.length,
          content,
        }),
      );
      await this.log(manager, ctx, client, 'report.generate', row);
      return { record: await this.record(manager, row), content };
    });
  }

  /** Draws a report when a core is free (one drawing per core at a time). */
  draw(report: ProgressReport, options: RenderOptions): Promise<Buffer> {
    return this.renders.run(() => renderProgressReport(report, options));
  }

  /** The client's reports, newest first, without their files. */
  async list(ctx: RequestContext, clientId: string): Promise<ReportRecord[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const rows = await manager.find(ReportRow, {
        where: { clientId: client.id },
        order: { generatedAt: 'DESC', id: 'DESC' },
      });
      await this.audit.record(manager, ctx, {
        event: 'report.read',
        action: 'R',
        part: 'report',
        clientId: client.id,
        onBehalfOfId: client.responsiblePractitionerId,
        details: { count: rows.length },
      });
      const name = await practitionerNames(
        manager,
        rows.map((r) => r.generatedBy),
      );
      return rows.map((row) => toReportRecord(row, name(row.generatedBy)));
    });
  }

  /** The stored file, exactly as it was handed out. */
  async download(ctx: RequestContext, reportId: string): Promise<MadeReport> {
    return this.dataSource.transaction(async (manager) => {
      const row = UUID.test(reportId)
        ? await manager
            .getRepository(ReportRow)
            .createQueryBuilder('r')
            .addSelect('r.content')
            .where('r.id = :reportId AND r.practice_id = :practiceId', {
              reportId,
              practiceId: ctx.practiceId,
            })
            .getOne()
        : null;
      if (!row?.content) throw new ApiError(404, 'not_found');
      const client = await this.access.find(manager, ctx, row.clientId);
      await this.log(manager, ctx, client, 'report.download', row);
      return { record: await this.record(manager, row), content: row.content };
    });
  }

  /** Ids, sizes and choices only: never names, scores or note text. */
  private log(
    manager: EntityManager,
    ctx: RequestContext,
    client: Client,
    event: string,
    row: ReportRow,
  ): Promise<void> {
    return this.audit.record(manager, ctx, {
      event,
      action: 'E',
      part: 'report',
      clientId: client.id,
      onBehalfOfId: client.responsiblePractitionerId,
      details: {
        reportId: row.id,
        audience: row.options.audience,
        language: row.options.language,
        noteCount: row.options.noteIds.length,
        sizeBytes: row.sizeBytes,
      },
    });
  }

  private async record(
    manager: EntityManager,
    row: ReportRow,
  ): Promise<ReportRecord> {
    const name = await practitionerNames(manager, [row.generatedBy]);
    return toReportRecord(row, name(row.generatedBy));
  }
}

/** The query with its defaults filled in: what is stored with the report. */
export function optionsFor(
  query: ProgressReportQuery,
  client: Client,
): ProgressReportOptions {
  return {
    audience: query.audience ?? 'client',
    language: query.lang ?? client.preferredLanguage,
    fromAssessmentId: query.from ?? null,
    toAssessmentId: query.to ?? null,
    noteIds: query.notes
      ? [...new Set(query.notes.toLowerCase().split(','))]
      : [],
    painCharts: query.painCharts !== 'false',
    closing: query.closing ?? null,
  };
}

/** 400 for a measurement or note that cannot be in this client's report. */
function assertValidSelection(
  data: ReportData,
  options: ProgressReportOptions,
): void {
  const at = (id: string | null) =>
    id === null ? -2 : data.assessments.findIndex((a) => a.id === id);
  const from = at(options.fromAssessmentId);
  const to = at(options.toAssessmentId);
  const errors = [];
  // -1: not this client's measurement; -2: not chosen (first or newest).
  if (to === -1) errors.push({ field: 'to', code: 'report_range' as const });
  if (from === -1 || (from >= 0 && to >= 0 && from > to)) {
    errors.push({ field: 'from', code: 'report_range' as const });
  }
  const reportable = data.notes.filter((n) => isReportable(n, options.noteIds));
  if (reportable.length !== options.noteIds.length) {
    errors.push({ field: 'notes', code: 'note_not_reportable' as const });
  }
  if (errors.length) throw new ValidationFailed(errors);
}
