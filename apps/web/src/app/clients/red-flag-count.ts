import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { I18n } from '../core/i18n/i18n';
import { Icon } from '../ui/icon/icon';

/** Open red flags: a flag with the number, and the full words for readers. */
@Component({
  selector: 'hk-red-flag-count',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.none]': 'count() === 0' },
  template: `
    @if (count() > 0) {
      <hk-icon name="flag" />
      <span aria-hidden="true">{{ count() }}</span>
    } @else {
      <span aria-hidden="true">–</span>
    }
    <span class="cdk-visually-hidden">{{ label() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding: 2px 8px 2px 4px;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.none) {
      background: none;
      color: var(--mat-sys-on-surface-variant);
    }
    hk-icon {
      width: 18px;
      height: 18px;
    }
  `,
})
export class RedFlagCount {
  private readonly i18n = inject(I18n);
  readonly count = input.required<number>();

  protected readonly label = computed(() => {
    return this.i18n.t('clients.redFlags', { count: this.count() });
  });
}
