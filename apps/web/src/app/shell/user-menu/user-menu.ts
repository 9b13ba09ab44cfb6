import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { AuthStore } from '../../core/auth/auth-store';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';

/** The signed-in practitioner, their practice, and signing out. */
@Component({
  selector: 'hk-user-menu',
  imports: [
    MatButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    Icon,
    TranslatePipe,
  ],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthStore);
  protected readonly user = this.auth.user;
  protected readonly signingOut = signal(false);

  protected async logout(): Promise<void> {
    this.signingOut.set(true);
    await this.auth.logout();
  }
}
