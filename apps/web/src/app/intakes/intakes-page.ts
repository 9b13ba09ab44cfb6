import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

/** Intakes: sent and completed intake questionnaires. */
@Component({
  selector: 'hk-intakes-page',
  imports: [PageHeader, EmptyState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header [heading]="'nav.intakes' | t" />
    <hk-empty-state
      icon="assignment"
      [heading]="'intakes.emptyTitle' | t"
      [body]="'intakes.emptyBody' | t"
    />
  `,
})
export class IntakesPage {}
