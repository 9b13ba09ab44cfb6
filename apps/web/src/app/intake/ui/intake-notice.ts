import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { IntakeStore } from '../intake-store';

/** The store's calm page-level message (wait a moment, try again), if any. */
@Component({
  selector: 'hk-intake-notice',
  imports: [TranslatePipe, Alert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.notice(); as notice) {
      <hk-alert kind="warning" data-testid="intake-notice">
        @if ('key' in notice) {
          {{ notice.key | t }}
        } @else {
          {{ notice.text }}
        }
      </hk-alert>
    }
  `,
})
export class IntakeNotice {
  protected readonly store = inject(IntakeStore);
}
