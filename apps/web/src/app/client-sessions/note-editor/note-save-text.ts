import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import type { NoteSaveStatus } from '../note-editor-store';

const SHOWN: Partial<Record<NoteSaveStatus, [TranslationKey, IconName]>> = {
  pending: ['clientSessions.editor.save.saving', 'schedule'],
  saving: ['clientSessions.editor.save.saving', 'schedule'],
  saved: ['clientSessions.editor.save.saved', 'check_circle'],
  invalid: ['clientSessions.editor.save.invalid', 'warning'],
  failed: ['clientSessions.editor.save.failed', 'warning'],
  conflict: ['clientSessions.editor.save.failed', 'warning'],
  locked: ['clientSessions.editor.save.failed', 'warning'],
};

/**
 * The quiet "Opgeslagen" beside the editor's title. Not a live region:
 * hearing "saved" after every pause is noise; failures get an alert.
 */
@Component({
  selector: 'hk-save-label',
  imports: [TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.trouble]': 'trouble()' },
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
    }
    hk-icon {
      width: 18px;
      height: 18px;
    }
    :host(.trouble) {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class SaveLabel {
  readonly status = input.required<NoteSaveStatus>();
  protected readonly shown = computed(() => SHOWN[this.status()] ?? null);
  protected readonly trouble = computed(() =>
    ['invalid', 'failed', 'conflict', 'locked'].includes(this.status()),
  );
}
