import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { I18n } from '../core/i18n/i18n';
import { Icon } from '../ui/icon/icon';

/**
 * Portal messages the practice has not read yet: an envelope with the number,
 * and the full words for readers. Placed inside the row's link, so the link's
 * name says it too.
 */
@Component({
  selector: 'hk-unread-badge',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-icon name="mail" />
    <span aria-hidden="true">{{ count() }}</span>
    <span class="cdk-visually-hidden">{{ label() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      margin-left: 6px;
      padding: 0 6px 0 4px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      vertical-align: middle;
      white-space: nowrap;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    hk-icon {
      width: 16px;
      height: 16px;
    }
  `,
})
export class UnreadBadge {
  private readonly i18n = inject(I18n);
  readonly count = input.required<number>();

  protected readonly label = computed(() =>
    this.i18n.t('clients.unreadMessages', { count: this.count() }),
  );
}
