import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { EXPORT_PATHS } from '@herstelkompas/contracts';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';

/**
 * The owner's download of the whole practice. A plain link: the browser
 * streams the ZIP to disk, however large the practice is.
 */
@Component({
  selector: 'hk-practice-export-card',
  imports: [MatButton, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="practice-export-heading">
      <h2 id="practice-export-heading" class="heading">
        {{ 'practiceExport.heading' | t }}
      </h2>
      <p>{{ 'practiceExport.body' | t }}</p>
      <p class="care">
        <hk-icon name="lock" />
        <span>{{ 'practiceExport.care' | t }}</span>
      </p>
      <p class="muted">{{ 'practiceExport.restore' | t }}</p>
      <a matButton="filled" download [href]="url" data-testid="practice-export">
        <hk-icon matButtonIcon name="download" />
        {{ 'practiceExport.download' | t }}
      </a>
    </section>
  `,
  styles: `
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 16px 20px;
      max-width: 720px;
      background: var(--mat-sys-surface);
    }
    .heading {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .care {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PracticeExportCard {
  protected readonly url = EXPORT_PATHS.practiceExport;
}
