import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { TeamMember } from '@herstelkompas/contracts';
import { catchError, map, of } from 'rxjs';
import { todayInAmsterdam } from '../../core/forms/dutch-date';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ClientsExportButton } from '../../reports/clients-export-button';
import { TeamApi } from '../../team/team-api';
import { Alert } from '../../ui/alert/alert';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { Pager } from '../../ui/pager/pager';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import { ClientCards } from '../client-cards/client-cards';
import { ClientFilters } from '../client-filters/client-filters';
import { ClientTable } from '../client-table/client-table';
import { toRow } from '../client-view';
import { ClientListStore } from '../client-list-store';

/** Below this width the table becomes a list of cards. */
const PHONE = '(max-width: 599.98px)';

/** Cliënten: search, filter, sort and page through the practice's clients. */
@Component({
  selector: 'hk-client-list',
  imports: [
    RouterLink,
    MatButton,
    TranslatePipe,
    PageHeader,
    EmptyState,
    Alert,
    Icon,
    Pager,
    SkeletonRows,
    ClientFilters,
    ClientTable,
    ClientCards,
    ClientsExportButton,
  ],
  providers: [ClientListStore],
  templateUrl: './client-list.html',
  styleUrl: './client-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientList {
  protected readonly store = inject(ClientListStore);

  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  // The filter works without names too, so a failure leaves it empty.
  protected readonly practitioners = toSignal(
    inject(TeamApi)
      .list()
      .pipe(catchError(() => of<TeamMember[]>([]))),
    { initialValue: [] },
  );

  private readonly today = todayInAmsterdam();
  protected readonly rows = computed(() =>
    (this.store.page()?.items ?? []).map((c) => toRow(c, this.today)),
  );
}
