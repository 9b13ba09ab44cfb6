import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { LanguageSwitch } from '../../core/i18n/language-switch';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { BrandMark } from '../../ui/brand-mark/brand-mark';
import { Icon } from '../../ui/icon/icon';
import { PortalApi } from '../portal-api';
import { PortalState } from '../portal-state';

/**
 * The portal's own frame, phone first: the brand, the two places (once
 * signed in), the language, and on every screen the line for emergencies.
 */
@Component({
  selector: 'hk-portal-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButton,
    LanguageSwitch,
    TranslatePipe,
    BrandMark,
    Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portal-shell.html',
  styleUrl: './portal-shell.scss',
})
export class PortalShell {
  protected readonly state = inject(PortalState);
  private readonly api = inject(PortalApi);
  private readonly router = inject(Router);

  protected signOut(): void {
    this.api.signOut().subscribe({
      complete: () => this.leave(),
      error: () => this.leave(),
    });
  }

  private leave(): void {
    this.state.signedIn.set(false);
    void this.router.navigate(['/portaal/inloggen']);
  }
}
