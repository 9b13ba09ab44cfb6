import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { ClientSort } from '@herstelkompas/contracts';
import { DOMAINS, type DomainId } from '@herstelkompas/domain';
import { HkDatePipe, HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainIcon } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { ClientStatusChip } from '../client-status';
import { type ClientRow, headerToSort, sortToHeader } from '../client-view';
import { RedFlagCount } from '../red-flag-count';
import { UnreadBadge } from '../unread-badge';

const COLUMNS = [
  'name',
  'age',
  'status',
  'practitioner',
  'lastActivity',
  'nextAppointment',
  'focus',
  'redFlags',
  'score',
] as const;

/**
 * The client list on wider screens. Each row is one link (the name's link
 * stretches over the row), so a row is a single keyboard stop.
 */
@Component({
  selector: 'hk-client-table',
  imports: [
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatSort,
    MatSortHeader,
    RouterLink,
    TranslatePipe,
    HkDatePipe,
    HkNumberPipe,
    DomainChip,
    Icon,
    ClientStatusChip,
    RedFlagCount,
    UnreadBadge,
  ],
  templateUrl: './client-table.html',
  styleUrl: './client-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientTable {
  private readonly i18n = inject(I18n);

  readonly rows = input.required<readonly ClientRow[]>();
  readonly sort = input.required<ClientSort>();
  readonly sortChange = output<ClientSort>();

  protected readonly columns = COLUMNS;
  protected readonly header = computed(() => sortToHeader(this.sort()));
  protected readonly domainIcon = domainIcon;

  protected sorted(sort: Sort): void {
    this.sortChange.emit(headerToSort(sort.active, sort.direction));
  }

  protected domainName(id: DomainId): string {
    return DOMAINS[id].name[this.i18n.language()];
  }
}
