import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { CsvSeparator } from '@herstelkompas/contracts';
import { I18n } from '../core/i18n/i18n';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { PageHeader } from '../ui/page-header/page-header';
import { ClientPicker } from './client-picker/client-picker';
import { ClientsExportButton } from './clients-export-button';
import { separatorFor } from './export-urls';

/**
 * Rapportages: reports are made per client, so this page explains them and
 * leads to a client's report page; it also exports the whole client list.
 */
@Component({
  selector: 'hk-reports-page',
  imports: [
    MatRadioButton,
    MatRadioGroup,
    TranslatePipe,
    PageHeader,
    ClientPicker,
    ClientsExportButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'nav.reports' | t" />
    <p class="intro">{{ 'practiceReports.intro' | t }}</p>
    <p class="intro muted">{{ 'practiceReports.kept' | t }}</p>

    <div class="sections">
      <section aria-labelledby="reports-pick-heading">
        <h2 id="reports-pick-heading">
          {{ 'practiceReports.pick.heading' | t }}
        </h2>
        <hk-client-picker />
      </section>

      <section aria-labelledby="reports-export-heading">
        <h2 id="reports-export-heading">
          {{ 'practiceReports.export.heading' | t }}
        </h2>
        <p>{{ 'practiceReports.export.body' | t }}</p>
        <p id="reports-separator-label" class="label">
          {{ 'practiceReports.export.separator' | t }}
        </p>
        <mat-radio-group
          class="separators"
          data-testid="reports-separator"
          aria-labelledby="reports-separator-label"
          [value]="separator()"
          (change)="separator.set($event.value)"
        >
          <mat-radio-button value="semicolon">
            {{ 'practiceReports.export.semicolon' | t }}
          </mat-radio-button>
          <mat-radio-button value="comma">
            {{ 'practiceReports.export.comma' | t }}
          </mat-radio-button>
        </mat-radio-group>
        <div class="export">
          <hk-clients-export-button [separator]="separator()" />
        </div>
      </section>
    </div>
  `,
  styles: `
    .intro {
      max-width: 72ch;
      margin: -8px 0 12px;
      font: var(--mat-sys-body-large);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .sections {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 24px 48px;
      margin-top: 24px;
    }
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 12px;
    }
    .label {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    .separators {
      display: flex;
      flex-direction: column;
    }
    .export {
      margin-top: 12px;
    }
    @media (max-width: 839.98px) {
      .sections {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class ReportsPage {
  protected readonly separator = signal<CsvSeparator>(
    separatorFor(inject(I18n).language()),
  );
}
