import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { IntakeStore } from '../intake-store';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';

/**
 * What an urgent red flag asks of the client, in the words libs/domain gives
 * each symptom cluster, with 112 one tap away. Where the answer was just
 * given it is an assertive live region next to the question; elsewhere
 * (every later screen, the review, the thank-you) a plain, labelled block.
 */
@Component({
  selector: 'hk-intake-urgent',
  imports: [TranslatePipe, Icon, FocusHeading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-urgent.html',
  styleUrl: './intake-urgent.scss',
  host: {
    'data-testid': 'intake-urgent',
    '[attr.role]': 'announce() ? "alert" : "region"',
    '[attr.aria-labelledby]': 'announce() ? null : "intake-urgent-heading"',
  },
})
export class IntakeUrgent {
  protected readonly store = inject(IntakeStore);
  /** Just answered: announce at once and bring it into view. */
  readonly announce = input(false);
  /** The page's main heading (the thank-you), focused on arrival. */
  readonly main = input(false);
  /** While questions remain: say the client can still finish and send. */
  readonly carryOn = input(false);

  constructor() {
    const element: HTMLElement = inject(ElementRef).nativeElement;
    afterNextRender(() => {
      if (!this.announce()) return;
      // The question and the instruction together in view, above the sticky
      // buttons; when both do not fit, the instruction wins.
      element.previousElementSibling?.scrollIntoView?.({ block: 'start' });
      const bottom = element.getBoundingClientRect().bottom;
      if (bottom > (element.ownerDocument.defaultView?.innerHeight ?? 0) - 88)
        element.scrollIntoView?.({ block: 'nearest' });
    });
  }
}
