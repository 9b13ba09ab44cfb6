import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconButton } from '@angular/material/button';
import {
  MatListItem,
  MatListItemIcon,
  MatListItemTitle,
  MatNavList,
} from '@angular/material/list';
import {
  MatSidenav,
  MatSidenavContainer,
  MatSidenavContent,
} from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { LanguageSwitch } from '../core/i18n/language-switch';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { BrandMark } from '../ui/brand-mark/brand-mark';
import { Icon } from '../ui/icon/icon';
import { NAV_ITEMS } from './nav-items';
import { UserMenu } from './user-menu/user-menu';

/** Below this width the side navigation becomes a menu behind a button. */
const NARROW = '(max-width: 959.98px)';

/** The frame around every signed-in page: top bar, navigation, content. */
@Component({
  selector: 'hk-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatIconButton,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    MatListItemIcon,
    MatListItemTitle,
    TranslatePipe,
    LanguageSwitch,
    BrandMark,
    Icon,
    UserMenu,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthStore);
  private readonly document = inject(DOCUMENT);

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly navItems = computed(() =>
    NAV_ITEMS.filter((item) => !item.ownerOnly || this.auth.isOwner()),
  );

  /** Close the overlay menu after choosing a page on a narrow screen. */
  protected afterNavigate(sidenav: MatSidenav): void {
    if (this.narrow()) void sidenav.close();
  }

  /**
   * A plain `href="#main"` would resolve against <base href="/"> and leave the
   * page, so the skip link moves focus itself.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
