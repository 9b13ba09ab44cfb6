import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

/** Rapportages: PDF progress reports per client. */
@Component({
  selector: 'hk-reports-page',
  imports: [PageHeader, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'nav.reports' | t" />
    <hk-empty-state
      icon="description"
      [heading]="'reports.emptyTitle' | t"
      [body]="'reports.emptyBody' | t"
    />
  `,
})
export class ReportsPage {}
