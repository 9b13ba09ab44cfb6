import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
} from '@angular/core';
import type { TranslationKey } from '../../core/i18n/translations';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { IntakeStore } from '../intake-store';
import { FocusHeading } from './focus-heading';

/** A whole-page message (link unavailable, locked, declined): what and what now. */
@Component({
  selector: 'hk-message-page',
  imports: [TranslatePipe, Icon, FocusHeading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="icon"><hk-icon [name]="icon()" /></span>
    <h1 [hkFocusHeading]="store.moved()">{{ heading() | t }}</h1>
    <p>{{ body() | t }}</p>
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
export class MessagePage {
  protected readonly store = inject(IntakeStore);
  readonly heading = input.required<TranslationKey>();
  readonly body = input.required<TranslationKey>();
  readonly icon = input<IconName>('info');
}
