import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { EXPORT_PATHS } from '@herstelkompas/contracts';
import type { ApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';
import { FileDownload } from './file-download';

/**
 * The client page's report and export actions: open the report page, and
 * download the whole record (AVG art. 15/20) as a ZIP.
 */
@Component({
  selector: 'hk-client-report-actions',
  imports: [MatButton, RouterLink, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The buttons take part in the header's own row of actions.
  host: { style: 'display: contents' },
  template: `
    <a
      matButton="outlined"
      data-testid="report-open"
      [routerLink]="['/clienten', clientId(), 'rapportage']"
    >
      <hk-icon matButtonIcon name="description" />
      {{ 'clientReport.actions.open' | t }}
    </a>
    @if (canExport()) {
      <a
        matButton="outlined"
        data-testid="record-export"
        [href]="exportUrl()"
        [attr.aria-label]="'clientReport.actions.exportRecordLabel' | t"
        [attr.aria-busy]="exporting()"
        (click)="exportRecord($event)"
      >
        <hk-icon matButtonIcon name="download" />
        {{
          (exporting()
            ? 'clientReport.actions.exporting'
            : 'clientReport.actions.exportRecord'
          ) | t
        }}
      </a>
    }
  `,
})
export class ClientReportActions {
  private readonly files = inject(FileDownload);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);

  readonly clientId = input.required<string>();
  /** The whole record leaves only with the owner or the responsible practitioner. */
  readonly canExport = input(true);

  protected readonly exporting = signal(false);
  protected readonly exportUrl = computed(() =>
    EXPORT_PATHS.clientExport(encodeURIComponent(this.clientId())),
  );

  /** Fetched rather than followed, so a failure can be said in words. */
  protected async exportRecord(event: MouseEvent): Promise<void> {
    event.preventDefault();
    if (this.exporting()) return;
    this.exporting.set(true);
    try {
      await this.files.save(this.exportUrl(), 'dossier.zip');
    } catch (failure: unknown) {
      const message = `${this.i18n.t('clientReport.actions.exportFailed')} ${this.errors.describe(failure as ApiFailure)}`;
      this.snackBar.open(message, undefined, { duration: 8000 });
    } finally {
      this.exporting.set(false);
    }
  }
}
