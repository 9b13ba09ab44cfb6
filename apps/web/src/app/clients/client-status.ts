import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { ClientStatus } from '@herstelkompas/contracts';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { Icon } from '../ui/icon/icon';
import { STATUS_ICONS } from './client-view';

/** A client's status as a chip with an icon and, always, the word. */
@Component({
  selector: 'hk-client-status',
  imports: [Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"status-" + status()' },
  template: `
    <hk-icon [name]="icons[status()]" />
    <span>{{ label() | t }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 6px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    hk-icon {
      width: 18px;
      height: 18px;
    }
    :host(.status-active) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.status-intake_pending) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.status-archived) {
      background: transparent;
      border: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ClientStatusChip {
  readonly status = input.required<ClientStatus>();
  protected readonly icons = STATUS_ICONS;
  protected readonly label = computed(
    () => `clients.status.${this.status()}` as const,
  );
}
