import { Injectable, computed, inject, signal } from '@angular/core';
import { EXPORT_PATHS, type ReportRecord } from '@herstelkompas/contracts';
import { buildProgressReport } from '@herstelkompas/domain';
import { firstValueFrom, forkJoin } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { todayInAmsterdam } from '../core/forms/dutch-date';
import type { ApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { LoadState } from '../core/http/load-state';
import { FileDownload } from './file-download';
import { ReportApi } from './report-api';
import {
  type ReportSources,
  oldestFirst,
  reportableNotes,
  toReportInput,
} from './report-input';
import {
  type ReportOptions,
  defaultOptions,
  progressReportUrl,
} from './report-options';

type HistoryState =
  | { status: 'loading' }
  | { status: 'ready'; records: ReportRecord[] }
  | { status: 'error'; message: string };

/** Why a download failed: the API's sentence and, for a 400, its reasons. */
export interface DownloadProblem {
  message: string;
  reasons: string[];
}

/**
 * The report page: what the report is made from, the chosen options, the
 * live preview (libs/domain's buildProgressReport, as the API uses it) and
 * the earlier reports. Provide it on the report page.
 */
@Injectable()
export class ReportStore {
  private readonly api = inject(ReportApi);
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessage);
  private readonly files = inject(FileDownload);
  private readonly today = todayInAmsterdam();
  private readonly loading = new LoadState();
  private readonly loaded = signal<ReportSources | null>(null);
  private readonly historyState = signal<HistoryState>({ status: 'loading' });

  readonly options = signal<ReportOptions | null>(null);
  readonly downloading = signal<string | null>(null);
  readonly problem = signal<DownloadProblem | null>(null);

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  readonly sources = computed(() =>
    this.status() === 'ready' ? this.loaded() : null,
  );
  readonly client = computed(() => this.sources()?.client ?? null);
  readonly assessments = computed(() =>
    oldestFirst(this.sources()?.assessments ?? [], (a) => a.submittedAt),
  );
  /** Newest first, as the practitioner remembers them. */
  readonly notes = computed(() =>
    oldestFirst(
      reportableNotes(this.sources()?.notes ?? []),
      (n) => n.sessionDate,
    ).reverse(),
  );
  readonly report = computed(() => {
    const sources = this.sources();
    const options = this.options();
    return sources && options
      ? buildProgressReport(toReportInput(sources, options, this.today))
      : null;
  });
  readonly pdfUrl = computed(() => {
    const client = this.client();
    const options = this.options();
    return client && options
      ? progressReportUrl(client.id, options, client.painFocusOff)
      : null;
  });
  readonly history = computed(() => {
    const state = this.historyState();
    return state.status === 'ready' ? state.records : null;
  });
  readonly historyError = computed(() => {
    const state = this.historyState();
    return state.status === 'error' ? state.message : null;
  });

  async load(clientId: string): Promise<void> {
    this.options.set(null);
    this.problem.set(null);
    void this.loadHistory(clientId);
    const request = forkJoin({
      client: this.api.client(clientId),
      assessments: this.api.assessments(clientId),
      priority: this.api.priority(clientId),
      goals: this.api.goals(clientId),
      notes: this.api.notes(clientId),
      redFlags: this.api.redFlags(clientId),
      practice: this.api.practiceProfile(),
    });
    await this.loading.run(
      request,
      (answers) => {
        this.loaded.set({
          practiceName: this.auth.user()?.practice.name ?? '',
          client: answers.client,
          assessments: answers.assessments,
          decision: answers.priority.decision,
          goals: answers.goals,
          notes: answers.notes,
          redFlags: answers.redFlags,
        });
        this.options.set(
          defaultOptions(
            answers.client,
            oldestFirst(answers.assessments, (a) => a.submittedAt),
            answers.practice.reportClosing,
          ),
        );
      },
      { notFound: true },
    );
  }

  update(patch: Partial<ReportOptions>): void {
    this.options.update((options) => options && { ...options, ...patch });
    this.problem.set(null);
  }

  async loadHistory(clientId: string): Promise<void> {
    this.historyState.set({ status: 'loading' });
    try {
      const records = await firstValueFrom(this.api.reports(clientId));
      this.historyState.set({ status: 'ready', records });
    } catch (error: unknown) {
      this.historyState.set({
        status: 'error',
        message: this.errors.describe(error),
      });
    }
  }

  /**
   * The PDF with the chosen options as a draft: drawn and logged as a read,
   * not kept, so trying options leaves no trail of reports.
   */
  async downloadDraft(): Promise<void> {
    const url = this.pdfUrl();
    if (!url) return;
    await this.fetch('draft', url, 'rapportage-concept.pdf', 'GET');
  }

  /**
   * Issues the PDF with the chosen options: it is kept, logged and listed.
   * The same options over the same data give the kept report back.
   */
  async downloadPdf(): Promise<void> {
    const url = this.pdfUrl();
    const client = this.client();
    if (!url || !client) return;
    // Making a report is a POST: it is kept and logged.
    if (await this.fetch('new', url, 'rapportage.pdf', 'POST')) {
      void this.loadHistory(client.id);
    }
  }

  /** The stored file of an earlier report, unchanged. */
  async downloadEarlier(record: ReportRecord): Promise<void> {
    await this.fetch(
      record.id,
      EXPORT_PATHS.reportDownload(encodeURIComponent(record.id)),
      record.fileName,
    );
  }

  /** True once the browser has the file. */
  private async fetch(
    key: string,
    url: string,
    name: string,
    method: 'GET' | 'POST' = 'GET',
  ) {
    if (this.downloading()) return false;
    this.downloading.set(key);
    this.problem.set(null);
    try {
      await this.files.save(url, name, method);
      return true;
    } catch (failure: unknown) {
      this.problem.set(this.describe(failure as ApiFailure));
      return false;
    } finally {
      this.downloading.set(null);
    }
  }

  private describe(failure: ApiFailure): DownloadProblem {
    return {
      message: this.errors.describe(failure),
      // The API words each reason for the user, in their language.
      reasons: failure.details.map((d) => d.message).filter(Boolean),
    };
  }
}
