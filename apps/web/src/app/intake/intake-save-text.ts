import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { TranslationKey } from '../../core/i18n/translations';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import type { SaveStatus } from '../draft-saver';

const SHOWN: Partial<Record<SaveStatus, [TranslationKey, IconName]>> = {
  saving: ['intake.save.saving', 'schedule'],
  saved: ['intake.save.saved', 'check_circle'],
  retrying: ['intake.save.retrying', 'warning'],
  offline: ['intake.save.offline', 'warning'],
  rejected: ['intake.save.rejected', 'info'],
};

/**
 * The quiet "Opgeslagen" in the corner. Not a live region: hearing "saved"
 * after every tap is noise; the page announces only connection trouble.
 */
@Component({
  selector: 'hk-save-state',
  imports: [TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'intake-save-state',
    '[attr.data-state]': 'status()',
    '[class.trouble]': 'trouble()',
  },
  template: `
    @if (shown(); as shown) {
      <hk-icon [name]="shown[1]" />
      <span>{{ shown[0] | t }}</span>
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
      text-align: end;
    }
    hk-icon {
      width: 18px;
      height: 18px;
    }
    :host(.trouble) {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
  `,
})
export class SaveState {
  readonly status = input.required<SaveStatus>();
  protected readonly shown = computed(() => SHOWN[this.status()] ?? null);
  protected readonly trouble = computed(() =>
    ['retrying', 'offline', 'rejected'].includes(this.status()),
  );
}
