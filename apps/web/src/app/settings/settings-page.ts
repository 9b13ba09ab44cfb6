import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AuthStore } from '../core/auth/auth-store';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { PracticeExportCard } from '../practice-export/practice-export-card';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

/** Instellingen: profile and practice settings. */
@Component({
  selector: 'hk-settings-page',
  imports: [PageHeader, EmptyState, PracticeExportCard, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'nav.settings' | t" />
    @if (isOwner()) {
      <hk-practice-export-card />
    } @else {
      <hk-empty-state
        icon="settings"
        [heading]="'settings.emptyTitle' | t"
        [body]="'settings.emptyBody' | t"
      />
    }
  `,
})
export class SettingsPage {
  protected readonly isOwner = inject(AuthStore).isOwner;
}
