import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Language } from '@herstelkompas/contracts';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { BrandMark } from '../../ui/brand-mark/brand-mark';
import { Icon } from '../../ui/icon/icon';
import { IntakeConsent } from '../intake-consent/intake-consent';
import { IntakeGate } from '../intake-gate/intake-gate';
import { IntakeReview } from '../intake-review/intake-review';
import { IntakeStep } from '../intake-step/intake-step';
import { IntakeAutosave } from '../intake-autosave';
import { IntakeHistory } from '../intake-history';
import { IntakeStore } from '../intake-store';
import { IntakeThanks } from '../intake-thanks/intake-thanks';
import { IntakeWelcome } from '../intake-welcome/intake-welcome';
import { IntakeNotice } from '../ui/intake-notice';
import { NoticePage } from '../../ui/notice-page/notice-page';
import { PracticeContact } from '../ui/practice-contact';

/**
 * `/intake/:token`: the client's questionnaire, outside the practitioner
 * shell. One column, phone first; which screen shows is the store's phase.
 */
@Component({
  selector: 'hk-intake-page',
  imports: [
    MatButton,
    TranslatePipe,
    BrandMark,
    Icon,
    IntakeConsent,
    IntakeGate,
    IntakeNotice,
    IntakeReview,
    IntakeStep,
    IntakeThanks,
    IntakeWelcome,
    NoticePage,
    PracticeContact,
  ],
  providers: [IntakeStore, IntakeAutosave, IntakeHistory],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-page.html',
  styleUrl: './intake-page.scss',
})
export class IntakePage {
  protected readonly store = inject(IntakeStore);

  /** From the route (`intake/:token`). */
  readonly token = input.required<string>();
  /** From the address (`?stap=`): the screen to reopen on a reload. */
  readonly stap = input<string>();

  protected readonly otherLanguage = computed<Language>(() =>
    this.store.language() === 'nl' ? 'en' : 'nl',
  );

  constructor() {
    // Keyboard focus never lands under the sticky progress or buttons.
    const root = inject(DOCUMENT).documentElement;
    root.style.scrollPaddingTop = '72px';
    root.style.scrollPaddingBottom = '88px';
    inject(DestroyRef).onDestroy(() => {
      root.style.scrollPaddingTop = '';
      root.style.scrollPaddingBottom = '';
    });
    effect(() => {
      const token = this.token();
      untracked(() => this.store.init(token, this.stap() ?? null));
    });
    inject(IntakeHistory);
  }
}
