import {
  buildProgressReport,
  formatDate,
  formatPersonName,
  toCalendarDate,
} from '@herstelkompas/domain';
import { Injectable } from '@nestjs/common';
import { PassThrough, type Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import { AuditService } from '../audit/audit.service';
import { assertPracticeOwner, ClientAccess } from '../clients/client-access';
import { loggedFilters } from '../clients/logged-filters';
import { filterClients } from '../clients/list-clients';
import { fileSlug } from '../common/download';
import { RequestContext } from '../common/request-context';
import { practitionerNames } from '../practices/practitioner-names';
import { loadReportData } from '../reports/report-data';
import { toRenderOptions, toReportInput } from '../reports/report-input';
import { optionsFor } from '../reports/report-options';
import { Report } from '../reports/report.entity';
import { ReportsService } from '../reports/reports.service';
import { loadClientRecord } from './client-record';
import { clientsCsv } from './clients-csv';
import { ExportClientsDto } from './dto/export-clients.dto';
import { fhirBundle } from './fhir/fhir-bundle';
import { streamPracticeExport } from './practice/practice-export';
import { recordJson } from './record-json';

/** Most rows one CSV export holds; far above any practice's client list. */
const CSV_LIMIT = 20_000;

/** Exports: the client list as CSV and one client's complete record as ZIP. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ClientAccess,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
  ) {}

  /** The visible clients that match the list's filters, in its order. */
  async clientsCsv(
    ctx: RequestContext,
    query: ExportClientsDto,
  ): Promise<{ fileName: string; csv: string }> {
    const { separator = 'semicolon', ...filters } = query;
    return this.dataSource.transaction(async (manager) => {
      const clients = await filterClients(
        this.access.query(manager, ctx),
        filters,
      )
        .take(CSV_LIMIT)
        .getMany();
      const name = await practitionerNames(
        manager,
        clients.map((c) => c.responsiblePractitionerId),
      );
      await this.audit.record(manager, ctx, {
        event: 'client.export',
        action: 'E',
        part: 'list',
        details: {
          filters: loggedFilters({ ...query }),
          rowCount: clients.length,
        },
      });
      const today = toCalendarDate(new Date().toISOString());
      return {
        fileName: `cliënten-${formatDate(today)}.csv`,
        csv: clientsCsv(
          clients.map((client) => ({
            client,
            practitionerName: name(client.responsiblePractitionerId)
              .displayName,
          })),
          separator,
        ),
      };
    });
  }

  /**
   * record.json, the client's progress report and a FHIR R4 bundle, read in
   * one consistent snapshot, zipped as the response streams.
   */
  async clientRecord(
    ctx: RequestContext,
    clientId: string,
  ): Promise<{ fileName: string; stream: Readable }> {
    const now = new Date();
    const today = toCalendarDate(now.toISOString());
    const { record, reportInput, render, issued } =
      await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        const client = await this.access.find(manager, ctx, clientId, {
          right: 'manage',
        });
        const record = await loadClientRecord(manager, client, now);
        const options = optionsFor({ audience: 'client' }, client);
        const data = await loadReportData(manager, client, []);
        // The reports as they were handed out belong to the record too.
        const issued = await manager
          .getRepository(Report)
          .createQueryBuilder('r')
          .addSelect('r.content')
          .where('r.client_id = :clientId', { clientId: client.id })
          .orderBy('r.generated_at', 'ASC')
          .addOrderBy('r.id', 'ASC')
          .getMany();
        return {
          record,
          reportInput: toReportInput(data, options, today),
          render: toRenderOptions(data, options),
          issued,
        };
      });
    // Logged in its own READ COMMITTED transaction (the access-log chain
    // needs a fresh look at its head), before a byte of the record leaves.
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, ctx, {
        event: 'client.record_export',
        action: 'E',
        part: 'record',
        clientId: record.client.id,
        onBehalfOfId: record.client.responsiblePractitionerId,
        details: {
          parts: ['record.json', 'progress-report.pdf', 'fhir-bundle.json'],
          issuedReports: issued.length,
          assessments: record.assessments.length,
          notes: record.notes.length,
        },
      }),
    );
    const pdf = await this.reports.draw(
      buildProgressReport(reportInput),
      render,
    );
    const zip = new ZipFile();
    // A fixed time stamp: the same record zips to the same bytes.
    const entry = { mtime: new Date(record.exportedAt), compress: true };
    const json = (value: unknown) =>
      Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
    zip.addBuffer(json(recordJson(record)), 'record.json', entry);
    zip.addBuffer(pdf, 'progress-report.pdf', { ...entry, compress: false });
    zip.addBuffer(json(fhirBundle(record)), 'fhir-bundle.json', entry);
    issued.forEach((row, i) => {
      if (!row.content) return;
      // Numbered: two reports of one day can share a file name.
      const name = `reports/${String(i + 1).padStart(3, '0')}-${row.fileName}`;
      zip.addBuffer(row.content, name, {
        mtime: row.generatedAt,
        compress: false,
      });
    });
    zip.end();
    // yazl types its output as a plain NodeJS stream; Nest wants a Readable.
    const stream = zip.outputStream.pipe(new PassThrough());
    const name = formatPersonName(record.client);
    return {
      fileName: `dossier-${fileSlug(name)}-${formatDate(today)}.zip`,
      stream,
    };
  }

  /**
   * The whole practice for its owner, streamed (see practice-export.ts). The
   * access-log line is written first, so it is part of the export itself.
   */
  async practiceExport(
    ctx: RequestContext,
  ): Promise<{ fileName: string; stream: Readable }> {
    assertPracticeOwner(ctx);
    const now = new Date();
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, ctx, {
        event: 'practice.export',
        action: 'E',
        part: 'practice',
        details: { parts: ['data', 'records', 'fhir'] },
      }),
    );
    const stream = await streamPracticeExport(
      this.dataSource,
      ctx.practiceId,
      now,
    );
    const today = toCalendarDate(now.toISOString());
    return {
      fileName: `praktijkexport-${formatDate(today)}.zip`,
      stream,
    };
  }
}
