import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { CsvSeparator } from '@herstelkompas/contracts';
import {
  type ClientListParams,
  DEFAULT_LIST_PARAMS,
} from '../clients/client-list-params';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';
import { clientsCsvUrl, separatorFor } from './export-urls';

/**
 * "Exporteren (CSV)": the client list as a spreadsheet file, with the
 * list's current filters. A plain link: the CSV is quick to make and the
 * browser downloads it with the session cookie.
 */
@Component({
  selector: 'hk-clients-export-button',
  imports: [MatButton, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Page headers stack their actions without a gap of their own.
  host: { style: 'display: inline-block; margin: 4px 8px 4px 0' },
  template: `
    <a
      matButton="outlined"
      download
      data-testid="clients-export"
      [href]="url()"
      [attr.aria-label]="
        filtered() ? ('practiceReports.export.filteredLabel' | t) : null
      "
    >
      <hk-icon matButtonIcon name="download" />
      {{ 'practiceReports.export.button' | t }}
    </a>
  `,
})
export class ClientsExportButton {
  private readonly i18n = inject(I18n);

  /** The list's state; the whole list when left out. */
  readonly params = input<ClientListParams>(DEFAULT_LIST_PARAMS);
  /** Follows the user's language unless chosen. */
  readonly separator = input<CsvSeparator | null>(null);
  /** The list is narrowed: the label says the filters go along. */
  readonly filtered = input(false);

  protected readonly url = computed(() =>
    clientsCsvUrl(
      this.params(),
      this.separator() ?? separatorFor(this.i18n.language()),
    ),
  );
}
