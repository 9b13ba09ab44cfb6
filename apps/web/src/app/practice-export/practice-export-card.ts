import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { EXPORT_PATHS } from '@herstelkompas/contracts';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';

/**
 * The owner's download of the whole practice. A plain link: the browser
 * streams the ZIP to disk, however large the practice is.
 */
@Component({
  selector: 'hk-practice-export-card',
  imports: [MatButton, MatCard, MatCardContent, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-content>
        <h2>
          <hk-icon name="download" />
          {{ 'practiceExport.heading' | t }}
        </h2>
        <p>{{ 'practiceExport.body' | t }}</p>
        <p class="care">
          <hk-icon name="lock" />
          <span>{{ 'practiceExport.care' | t }}</span>
        </p>
        <p class="hint">{{ 'practiceExport.restore' | t }}</p>
        <a
          matButton="filled"
          download
          [href]="url"
          data-testid="practice-export"
        >
          <hk-icon matButtonIcon name="download" />
          {{ 'practiceExport.download' | t }}
        </a>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    mat-card-content {
      padding: 20px 24px;
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 12px;
      font: var(--mat-sys-title-large);
    }
    .care {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PracticeExportCard {
  protected readonly url = EXPORT_PATHS.practiceExport;
}
