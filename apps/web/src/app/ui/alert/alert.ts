import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-paths';

export type AlertKind = 'error' | 'warning' | 'info' | 'success';

const ICONS: Record<AlertKind, IconName> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  success: 'check_circle',
};

/**
 * A message box: what happened, and (projected) what the user can do.
 * Errors are announced at once; the others politely.
 */
@Component({
  selector: 'hk-alert',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': 'kind()',
    '[attr.role]': 'kind() === "error" ? "alert" : "status"',
  },
  template: `
    <hk-icon class="icon" [name]="icon()" />
    <div class="body"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      align-items: flex-start;
      gap: 12px;
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-body-medium);
    }
    .icon {
      margin-top: 1px;
    }
    .body {
      flex: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    :host(.error) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.warning) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.info),
    :host(.success) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class Alert {
  readonly kind = input<AlertKind>('error');
  protected readonly icon = computed(() => ICONS[this.kind()]);
}
