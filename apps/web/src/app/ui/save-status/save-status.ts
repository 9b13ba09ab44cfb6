import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-paths';

/** What the save status says: the text, its icon, and whether it is trouble. */
export interface SaveStatusText {
  readonly text: TranslationKey;
  readonly icon: IconName;
  readonly trouble?: boolean;
}

/**
 * The quiet "Opgeslagen" beside a form that saves itself. Not a live region:
 * hearing "saved" after every pause is noise; the page announces trouble.
 */
@Component({
  selector: 'hk-save-status',
  imports: [TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class.trouble]': 'shown()?.trouble ?? false',
    '[class.alarm]': 'alarm()',
  },
  template: `
    @if (shown(); as shown) {
      <hk-icon [name]="shown.icon" />
      <span>{{ shown.text | t }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-height: 24px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    hk-icon {
      width: 18px;
      height: 18px;
    }
    :host(.trouble) {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
    :host(.trouble.alarm) {
      color: var(--mat-sys-error);
    }
  `,
})
export class SaveStatusLabel {
  readonly shown = input.required<SaveStatusText | null>();
  /** Trouble in the error colour (a practitioner's note), not just bold. */
  readonly alarm = input(false);
}
