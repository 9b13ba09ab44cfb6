import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FocusHeading } from '../focus-heading/focus-heading';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-paths';

/**
 * A whole-page message for a client (a link that is not or no longer
 * usable, a declined consent): what happened, then (projected) whom to
 * contact and a way on. The intake and the portal both show it.
 */
@Component({
  selector: 'hk-notice-page',
  imports: [FocusHeading, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="icon"><hk-icon [name]="icon()" /></span>
    @if (focus() === undefined) {
      <h1 [attr.data-testid]="headingTestId()">{{ heading() }}</h1>
    } @else {
      <h1 [hkFocusHeading]="focus()" [attr.data-testid]="headingTestId()">
        {{ heading() }}
      </h1>
    }
    <p>{{ body() }}</p>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding-top: 16px;
    }
    .icon {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 56px;
      height: 56px;
      margin-bottom: 16px;
      border-radius: 50%;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h1 {
      margin: 0 0 12px;
      font: var(--mat-sys-headline-small);
    }
    p {
      margin: 0 0 20px;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NoticePage {
  readonly heading = input.required<string>();
  readonly body = input.required<string>();
  readonly icon = input<IconName>('info');
  /**
   * Moves the focus to the heading when it changes (see FocusHeading);
   * left out, the heading is not made focusable at all.
   */
  readonly focus = input<unknown>(undefined);
  readonly headingTestId = input<string | null>(null);
}
