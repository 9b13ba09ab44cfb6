import { Injectable, computed, inject, signal } from '@angular/core';
import type { InvitationListItem } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { IntakesApi } from './intakes-api';

// Needing attention first (locked, then overdue), then the oldest first:
// the longer a link waits, the more likely it needs a nudge.
function urgency(item: InvitationListItem): number {
  if (item.locked) return 0;
  return item.overdue ? 1 : 2;
}

/** Open intake links across the practice, for the Intakes page. */
@Injectable()
export class IntakesStore {
  private readonly api = inject(IntakesApi);
  private readonly loading = new LoadState();
  private readonly list = signal<readonly InvitationListItem[]>([]);

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  readonly items = computed(() =>
    [...this.list()].sort(
      (a, b) =>
        urgency(a) - urgency(b) || a.createdAt.localeCompare(b.createdAt),
    ),
  );
  readonly overdueCount = computed(
    () => this.list().filter((i) => i.overdue || i.locked).length,
  );

  async load(): Promise<void> {
    await this.loading.run(this.api.open(), (list) => this.list.set(list));
  }

  /** A revoked link is no longer open, so it leaves the list. Throws on failure. */
  async revoke(invitationId: string): Promise<void> {
    await firstValueFrom(this.api.revoke(invitationId));
    this.list.update((list) => list.filter((i) => i.id !== invitationId));
  }
}
