import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-paths';

/** What a page is for, shown while it has nothing to list yet. */
@Component({
  selector: 'hk-empty-state',
  imports: [Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-icon class="icon" [name]="icon()" />
    <h2>{{ heading() }}</h2>
    <p>{{ body() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      max-width: 560px;
      margin: 48px auto;
      padding: 32px 24px;
      text-align: center;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-lowest);
    }
    .icon {
      width: 48px;
      height: 48px;
      color: var(--mat-sys-primary);
    }
    h2 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-large);
      color: var(--mat-sys-on-surface);
    }
    p {
      margin: 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EmptyState {
  readonly icon = input.required<IconName>();
  readonly heading = input.required<string>();
  readonly body = input.required<string>();
}
