import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

/** Instellingen: profile and practice settings. */
@Component({
  selector: 'hk-settings-page',
  imports: [PageHeader, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'nav.settings' | t" />
    <hk-empty-state
      icon="settings"
      [heading]="'settings.emptyTitle' | t"
      [body]="'settings.emptyBody' | t"
    />
  `,
})
export class SettingsPage {}
