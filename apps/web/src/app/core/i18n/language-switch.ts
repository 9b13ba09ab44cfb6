import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Language } from '@herstelkompas/contracts';
import { AuthStore } from '../auth/auth-store';
import { Icon } from '../../ui/icon/icon';
import { I18n } from './i18n';
import { TranslatePipe } from './translate-pipe';

/**
 * One button that switches between Dutch and English. It names the other
 * language in that language ("English" while Dutch is on), as people look for
 * their own language's name.
 */
@Component({
  selector: 'hk-language-switch',
  imports: [MatButton, Icon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      matButton
      type="button"
      data-testid="lang-switch"
      [attr.aria-label]="'language.switchLabel' | t"
      (click)="toggle()"
    >
      <hk-icon matButtonIcon name="translate" />
      <span [attr.lang]="other()">{{ 'language.switchButton' | t }}</span>
    </button>
  `,
})
export class LanguageSwitch {
  private readonly i18n = inject(I18n);
  private readonly auth = inject(AuthStore);

  protected readonly other = computed<Language>(() =>
    this.i18n.language() === 'nl' ? 'en' : 'nl',
  );

  protected toggle(): void {
    this.auth.changeLanguage(this.other());
  }
}
