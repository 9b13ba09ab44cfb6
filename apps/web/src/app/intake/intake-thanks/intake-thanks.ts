import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { IntakeStore } from '../intake-store';
import { FocusHeading } from '../ui/focus-heading';

/**
 * After sending. An urgent red flag comes first, in the API's exact words,
 * with its one action; then the thanks and what happens next.
 */
@Component({
  selector: 'hk-intake-thanks',
  imports: [TranslatePipe, Icon, FocusHeading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-thanks.html',
  styleUrl: './intake-thanks.scss',
  host: { 'data-testid': 'intake-thanks' },
})
export class IntakeThanks {
  protected readonly store = inject(IntakeStore);
  protected readonly urgent = computed(
    () =>
      this.store.result()?.urgentInstruction?.[this.store.language()] ?? null,
  );
  protected readonly heading = computed(() =>
    this.store.intake()?.clientFirstName
      ? ('intake.thanks.heading' as const)
      : ('intake.thanks.headingNoName' as const),
  );
  /** Opened again after sending: no result of this visit to show. */
  protected readonly alreadySent = computed(() => this.store.result() === null);
}
