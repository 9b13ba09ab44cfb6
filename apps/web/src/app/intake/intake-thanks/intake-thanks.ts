import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { IntakeStore } from '../intake-store';
import { IntakeUrgent } from '../intake-urgent/intake-urgent';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';

/**
 * After sending. An urgent red flag comes first, in libs/domain's words,
 * with its one action, and then no "next appointment" and no "you can close
 * this window". Opened again later: a neutral thank-you without any name.
 */
@Component({
  selector: 'hk-intake-thanks',
  imports: [TranslatePipe, FocusHeading, IntakeUrgent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-thanks.html',
  styleUrl: './intake-thanks.scss',
  host: { 'data-testid': 'intake-thanks' },
})
export class IntakeThanks {
  protected readonly store = inject(IntakeStore);
  protected readonly heading = computed(() =>
    this.store.intake()?.clientFirstName
      ? ('intake.thanks.heading' as const)
      : ('intake.thanks.headingNoName' as const),
  );
  /** Opened again after sending: no result of this visit to show. */
  protected readonly alreadySent = computed(() => this.store.sent() !== null);
}
