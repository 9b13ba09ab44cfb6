import type {
  ProgressReportOptions,
  ReportRecord,
} from '@herstelkompas/contracts';
import {
  buildProgressReport,
  type ProgressReport,
  toCalendarDate,
} from '@herstelkompas/domain';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ClientAccess } from '../clients/client-access';
import { ApiError } from '../common/api-error';
import { RequestContext } from '../common/request-context';
import { APP_CONFIG, type RuntimeConfig } from '../config/config.module';
import { practitionerNames } from '../practices/practitioner-names';
import { RenderProgressReportDto } from './dto/render-progress-report.dto';
import {
  createReportRenderer,
  type ReportRenderer,
  RenderTimeout,
} from './pdf/render-pool';
import type { RenderOptions } from './pdf/render-progress-report';
import { loadReportData } from './report-data';
import { reportFingerprint } from './report-fingerprint';
import { loadLetterhead } from './letterhead';
import { toReportInput, toRenderOptions } from './report-input';
import { assertValidSelection, optionsFor } from './report-options';
import { reportFileName, toReportRecord } from './report-mapper';
import { Report } from './report.entity';
import { Semaphore } from './semaphore';

/** A made report: the stored row and the file's bytes. */
export interface MadeReport {
  record: ReportRecord;
  content: Buffer;
}

/** One report to make: what it is drawn from and what it is stored as. */
interface ReportJob {
  options: ProgressReportOptions;
  report: ProgressReport;
  render: RenderOptions;
  fileName: string;
  fingerprint: string;
}

/** How often a request waiting for another process's drawing looks again. */
const RETRY_MS = 100;

/**
 * Progress reports: made from libs/domain's model, drawn with pdfkit in
 * worker threads and kept byte for byte. Reading happens in one consistent
 * snapshot; drawing and storing happen under a PostgreSQL advisory lock on
 * the report's fingerprint, so however many API processes are asked for the
 * same report at once, one draws it and the others hand out its bytes. The
 * lock is the database session's: when a process dies mid-drawing it is
 * released with its connection, and a retry draws the report anew.
 */
@Injectable()
export class ReportsService implements OnModuleDestroy {
  private readonly renderer: ReportRenderer;
  /**
   * Claims (lock, drawing, save) at once in this process: as many as there
   * are workers, so a request waiting its turn holds no connection.
   */
  private readonly slots: Semaphore;
  private readonly timeoutMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: RuntimeConfig,
  ) {
    this.renderer = createReportRenderer(config.reportWorkers);
    this.slots = new Semaphore(config.reportWorkers);
    this.timeoutMs = config.reportTimeoutSeconds * 1000;
  }

  onModuleDestroy(): Promise<void> {
    return this.renderer.close();
  }

  async generate(
    ctx: RequestContext,
    clientId: string,
    query: RenderProgressReportDto,
  ): Promise<MadeReport> {
    const deadline = Date.now() + this.timeoutMs;
    const job = await this.prepare(ctx, clientId, query);
    for (;;) {
      const made = await this.slots.run(() =>
        this.claim(ctx, clientId, job, deadline),
      );
      if (made) return made;
      // Another request (here or in another process) is drawing it.
      if (Date.now() + RETRY_MS >= deadline) throw busy();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  /**
   * The report drawn and handed out without keeping it: what a GET answers.
   * A GET must not store (a link on another site would otherwise make
   * reports in the practitioner's name); it is logged as a read.
   */
  async preview(
    ctx: RequestContext,
    clientId: string,
    query: RenderProgressReportDto,
  ): Promise<{ fileName: string; content: Buffer }> {
    const deadline = Date.now() + this.timeoutMs;
    const job = await this.prepare(ctx, clientId, query);
    const content = await this.slots.run(async () => {
      const left = deadline - Date.now();
      if (left <= 0) throw busy();
      return this.renderer
        .render(job.report, job.render, left)
        .catch((error: unknown) => {
          throw error instanceof RenderTimeout ? busy() : error;
        });
    });
    await this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'report',
        'report.view',
        'R',
        {
          audience: job.options.audience,
          language: job.options.language,
          noteCount: job.options.noteIds.length,
          sizeBytes: content.length,
        },
      );
    });
    return { fileName: job.fileName, content };
  }

  /** Draws a report on a free worker (one drawing per core at a time). */
  async draw(report: ProgressReport, options: RenderOptions): Promise<Buffer> {
    try {
      return await this.renderer.render(report, options, this.timeoutMs);
    } catch (error) {
      throw error instanceof RenderTimeout ? busy() : error;
    }
  }

  /** Reads the client's record in one snapshot and builds the report model. */
  private async prepare(
    ctx: RequestContext,
    clientId: string,
    query: RenderProgressReportDto,
  ): Promise<ReportJob> {
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
          render: {
            ...toRenderOptions(data, options),
            letterhead: await loadLetterhead(manager, data),
          },
        };
      },
    );
    const report = buildProgressReport(input);
    return {
      options,
      report,
      render,
      fileName: reportFileName(
        options.audience,
        options.language,
        report.header.clientName,
        generatedOn,
      ),
      fingerprint: reportFingerprint(options, render, report),
    };
  }

  /**
   * The stored report with this fingerprint, or a new one drawn and stored
   * while holding its lock; null when another request holds the lock.
   */
  private claim(
    ctx: RequestContext,
    clientId: string,
    job: ReportJob,
    deadline: number,
  ): Promise<MadeReport | null> {
    return this.dataSource.transaction(async (manager) => {
      if (Date.now() >= deadline) return null;
      const [lock] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtextextended('report:' || $1, 0)) AS locked`,
        [job.fingerprint],
      );
      if (!lock?.locked) return null;
      const client = await this.access.find(manager, ctx, clientId);
      const stored = await manager
        .getRepository(Report)
        .createQueryBuilder('r')
        .addSelect('r.content')
        .where('r.client_id = :clientId AND r.fingerprint = :fingerprint', {
          clientId: client.id,
          fingerprint: job.fingerprint,
        })
        .getOne();
      if (stored?.content) {
        // The same file again: logged as handed out, not as made.
        await this.audit.recordForClient(
          manager,
          ctx,
          client,
          'report',
          'report.download',
          'E',
          reportDetails(stored),
        );
        return {
          record: await this.record(manager, stored),
          content: stored.content,
        };
      }
      const content = await this.renderer
        .render(job.report, job.render, deadline - Date.now())
        .catch((error: unknown) => {
          throw error instanceof RenderTimeout ? busy() : error;
        });
      const row = await manager.save(
        manager.create(Report, {
          practiceId: ctx.practiceId,
          clientId: client.id,
          kind: 'progress',
          generatedBy: ctx.practitionerId,
          options: job.options,
          fileName: job.fileName,
          sha256: createHash('sha256').update(content).digest('hex'),
          sizeBytes: content.length,
          fingerprint: job.fingerprint,
          content,
        }),
      );
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'report',
        'report.generate',
        'E',
        reportDetails(row),
      );
      return { record: await this.record(manager, row), content };
    });
  }

  /** The client's reports, newest first, without their files. */
  async list(ctx: RequestContext, clientId: string): Promise<ReportRecord[]> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.access.find(manager, ctx, clientId);
      const rows = await manager.find(Report, {
        where: { clientId: client.id },
        order: { generatedAt: 'DESC', id: 'DESC' },
      });
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'report',
        'report.read',
        'R',
        { count: rows.length },
      );
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
      const { client } = await this.access.findOf(
        manager,
        ctx,
        Report,
        reportId,
      );
      const row = await manager
        .getRepository(Report)
        .createQueryBuilder('r')
        .addSelect('r.content')
        .where('r.id = :reportId AND r.client_id = :clientId', {
          reportId,
          clientId: client.id,
        })
        .getOne();
      if (!row?.content) throw new ApiError(404, 'not_found');
      await this.audit.recordForClient(
        manager,
        ctx,
        client,
        'report',
        'report.download',
        'E',
        reportDetails(row),
      );
      return { record: await this.record(manager, row), content: row.content };
    });
  }

  private async record(
    manager: EntityManager,
    row: Report,
  ): Promise<ReportRecord> {
    const name = await practitionerNames(manager, [row.generatedBy]);
    return toReportRecord(row, name(row.generatedBy));
  }
}

function busy(): ApiError {
  return new ApiError(503, 'report_busy', {
    retryAt: new Date(Date.now() + 10_000),
  });
}

/** Ids, sizes and choices only: never names, scores or note text. */
function reportDetails(row: Report): Record<string, unknown> {
  return {
    reportId: row.id,
    audience: row.options.audience,
    language: row.options.language,
    noteCount: row.options.noteIds.length,
    sizeBytes: row.sizeBytes,
  };
}
