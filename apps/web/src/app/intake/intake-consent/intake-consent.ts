import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { PRIVACY_STATEMENT_VERSION } from '@herstelkompas/contracts';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import { IntakeStore } from '../intake-store';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';
import { IntakeNotice } from '../ui/intake-notice';

/**
 * Explicit consent (AVG art. 9) before any question: what is kept, who sees
 * it, for how long and the client's rights. No tick, no questions.
 */
@Component({
  selector: 'hk-intake-consent',
  imports: [
    MatButton,
    MatProgressSpinner,
    TranslatePipe,
    Icon,
    FocusHeading,
    IntakeNotice,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-consent.html',
  styleUrl: './intake-consent.scss',
})
export class IntakeConsent {
  protected readonly store = inject(IntakeStore);
  protected readonly version = PRIVACY_STATEMENT_VERSION;
  /** Retention as the client's legal basis has it: WGBO for care, else consent. */
  protected readonly howLong = computed(() =>
    this.store.intake()?.consent.legalBasis === 'explicit_consent'
      ? ('intake.consent.howLong.explicit_consent' as const)
      : ('intake.consent.howLong.care_provider' as const),
  );
  protected readonly statementUrl = computed(() => {
    const url = this.store.intake()?.consent.privacyStatementUrl;
    // Only an https address becomes a link (the API accepts no other).
    return url && /^https:\/\//.test(url) ? url : null;
  });
  protected readonly checked = signal(false);
  protected readonly missing = signal(false);

  protected toggle(event: Event): void {
    this.checked.set((event.target as HTMLInputElement).checked);
    if (this.checked()) this.missing.set(false);
  }

  protected accept(): void {
    if (!this.checked()) {
      this.missing.set(true);
      return;
    }
    void this.store.acceptConsent();
  }
}
