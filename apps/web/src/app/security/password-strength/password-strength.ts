import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  signal,
} from '@angular/core';
import {
  MIN_PASSWORD_LENGTH,
  MIN_PASSWORD_SCORE,
} from '@herstelkompas/contracts';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { loadEstimator } from './password-estimator';

export type StrengthLevel = 'short' | 'weak' | 'fair' | 'good' | 'strong';

const TEXTS: Record<
  StrengthLevel,
  { label: TranslationKey; hint: TranslationKey }
> = {
  short: {
    label: 'security.strength.short',
    hint: 'security.strength.shortHint',
  },
  weak: { label: 'security.strength.weak', hint: 'security.strength.weakHint' },
  fair: { label: 'security.strength.fair', hint: 'security.strength.fairHint' },
  good: { label: 'security.strength.good', hint: 'security.strength.goodHint' },
  strong: {
    label: 'security.strength.strong',
    hint: 'security.strength.strongHint',
  },
};

/** What a password's length and score mean for the person typing it. */
export function strengthLevel(length: number, score: number): StrengthLevel {
  if (length < MIN_PASSWORD_LENGTH) return 'short';
  if (score >= 4) return 'strong';
  if (score >= MIN_PASSWORD_SCORE) return 'good';
  return score === 2 ? 'fair' : 'weak';
}

/**
 * The strength of a new password while it is typed, in words (a screen
 * reader hears changes of level) and as a bar; the words say whether the
 * password will be accepted, so colour is never the only sign.
 */
@Component({
  selector: 'hk-password-strength',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="strength" [class]="level() ?? 'none'">
      @if (level(); as l) {
        <div class="bar" aria-hidden="true">
          <span [style.width.%]="width()"></span>
        </div>
      }
      <p class="text" aria-live="polite" data-testid="password-strength">
        @if (level(); as l) {
          <strong>{{ texts[l].label | t }}</strong>
          {{ texts[l].hint | t }}
        }
      </p>
    </div>
  `,
  styles: `
    .strength {
      margin: 0 0 8px;
    }
    .bar {
      height: 6px;
      border-radius: 3px;
      background: var(--mat-sys-surface-container-highest, #e0e0e0);
      overflow: hidden;
    }
    .bar span {
      display: block;
      height: 100%;
      border-radius: 3px;
      transition: width 150ms ease-out;
    }
    .short .bar span,
    .weak .bar span {
      background: var(--mat-sys-error, #b3261e);
    }
    .fair .bar span {
      background: #b26a00;
    }
    .good .bar span,
    .strong .bar span {
      background: #2e7d32;
    }
    .text {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      min-height: 1.4em;
    }
  `,
})
export class PasswordStrength {
  readonly password = input.required<string>();
  protected readonly texts = TEXTS;

  /** The level shown; kept while a longer text is being judged, so it does not flicker. */
  protected readonly level = signal<StrengthLevel | null>(null);

  protected readonly width = computed(
    () =>
      ({ short: 10, weak: 25, fair: 50, good: 75, strong: 100 })[
        this.level() ?? 'short'
      ],
  );

  constructor() {
    effect(() => {
      const password = this.password();
      if (!password) this.level.set(null);
      else if (password.length < MIN_PASSWORD_LENGTH) this.level.set('short');
      else
        void loadEstimator().then((estimate) => {
          if (this.password() === password)
            this.level.set(strengthLevel(password.length, estimate(password)));
        });
    });
  }
}
