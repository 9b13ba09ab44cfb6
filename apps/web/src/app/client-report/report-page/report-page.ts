import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { ReportHistory } from '../report-history/report-history';
import { ReportOptionsPanel } from '../report-options-panel/report-options-panel';
import { ReportSheet } from '../report-sheet/report-sheet';
import { ReportStore } from '../report-store';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/**
 * Rapportage maken: choose what goes into a client's progress report, see
 * it as it will read, download the PDF, and find the earlier ones.
 */
@Component({
  selector: 'hk-report-page',
  imports: [
    LoadStateBlock,
    RouterLink,
    MatButton,
    TranslatePipe,
    Alert,
    Icon,
    PageHeader,
    SkeletonRows,
    ReportHistory,
    ReportOptionsPanel,
    ReportSheet,
  ],
  providers: [ReportStore],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  protected readonly store = inject(ReportStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly painCharts = computed(() => {
    const options = this.store.options();
    return !!options?.painCharts && !this.store.client()?.painFocusOff;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected retry(): void {
    void this.store.load(this.id());
  }

  /** Fetched, not followed: the report is issued by a POST, and errors can show. */
  protected download(): void {
    void this.store.downloadPdf();
  }

  /** A draft to look at or print: drawn, not kept. */
  protected draft(): void {
    void this.store.downloadDraft();
  }
}
