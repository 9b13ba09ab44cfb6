import { signal } from '@angular/core';
import type { Language } from '@herstelkompas/contracts';
import type { I18n } from '../core/i18n/i18n';

/** Which screen of the intake is showing. */
export type IntakePhase =
  | 'loading'
  | 'load_error'
  | 'gate'
  | 'locked'
  | 'unavailable'
  | 'welcome'
  | 'consent'
  | 'declined'
  | 'questions'
  | 'review'
  | 'thanks';

/**
 * The screen on show and the language it speaks. The intake's own language
 * applies until the client picks one with the switch.
 */
export class IntakeScreens {
  private readonly current = signal<IntakePhase>('loading');
  private languageChosen = false;

  readonly phase = this.current.asReadonly();
  /** False on the first screen; after that a new screen takes the focus. */
  readonly moved = signal(false);

  constructor(private readonly i18n: I18n) {}

  go(phase: IntakePhase): void {
    if (this.current() !== 'loading') this.moved.set(true);
    this.current.set(phase);
  }

  adoptLanguage(language: Language | null): Promise<void> {
    return language && !this.languageChosen
      ? this.i18n.use(language)
      : Promise.resolve();
  }

  chooseLanguage(language: Language): Promise<void> {
    this.languageChosen = true;
    return this.i18n.use(language);
  }
}
