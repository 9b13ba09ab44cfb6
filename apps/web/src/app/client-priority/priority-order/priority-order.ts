import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  type CdkDragDrop,
  CdkDrag,
  CdkDragHandle,
  CdkDragPlaceholder,
  CdkDropList,
} from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { DOMAINS, type DomainId } from '@herstelkompas/domain';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import { PriorityStore } from '../priority-store';

/**
 * The practitioner's order: drag a row, or use the arrow buttons (the
 * keyboard path). Every move is announced, and the focus stays on the row.
 */
@Component({
  selector: 'hk-priority-order',
  imports: [
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    CdkDragPlaceholder,
    MatIconButton,
    MatCheckbox,
    DomainChip,
    Icon,
    TranslatePipe,
  ],
  templateUrl: './priority-order.html',
  styleUrl: './priority-order.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriorityOrder {
  protected readonly store = inject(PriorityStore);
  private readonly i18n = inject(I18n);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Score and computed place per domain, for the hints on each row. */
  protected readonly computedRows = computed(() => {
    const rows = new Map<DomainId, { score: number | null; rank: number }>();
    for (const entry of this.store.ranking()?.entries ?? []) {
      rows.set(entry.domain, { score: entry.score, rank: entry.rank });
    }
    return rows;
  });

  protected isFocus(domain: DomainId): boolean {
    return this.store.draft().focus.includes(domain);
  }

  protected name(domain: DomainId): string {
    return DOMAINS[domain].name[this.i18n.language()];
  }

  protected up(domain: DomainId): void {
    this.moved(domain, this.store.moveUp(domain), 'up');
  }

  protected down(domain: DomainId): void {
    this.moved(domain, this.store.moveDown(domain), 'down');
  }

  protected dropped(event: CdkDragDrop<unknown, unknown, DomainId>): void {
    const to = this.store.move(event.previousIndex, event.currentIndex);
    if (to !== event.previousIndex) this.announce(event.item.data, to);
  }

  protected toggle(domain: DomainId): void {
    if (!this.store.toggleFocus(domain)) {
      void this.announcer.announce(this.i18n.t('clientPriority.focusMax'));
    }
  }

  private moved(domain: DomainId, index: number, way: 'up' | 'down'): void {
    this.announce(domain, index);
    // Moving a row re-inserts its DOM node, which drops the focus; put it
    // back on the same arrow, or on the other one at the top or bottom.
    const last = this.store.draft().order.length - 1;
    const target =
      way === 'up'
        ? index === 0
          ? 'move-down'
          : 'move-up'
        : index === last
          ? 'move-up'
          : 'move-down';
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`[data-testid="${target}-${domain}"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  private announce(domain: DomainId, index: number): void {
    void this.announcer.announce(
      this.i18n.t('clientPriority.moved', {
        domain: this.name(domain),
        rank: index + 1,
      }),
    );
  }
}
