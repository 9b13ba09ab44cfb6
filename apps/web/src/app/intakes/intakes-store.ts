import { Injectable, computed, inject, signal } from '@angular/core';
import type { InvitationListItem } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { IntakesApi } from './intakes-api';

type LoadState =
  { status: 'loading' | 'ready' } | { status: 'error'; message: string };

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
  private readonly errors = inject(ErrorMessage);
  private readonly state = signal<LoadState>({ status: 'loading' });
  private readonly list = signal<readonly InvitationListItem[]>([]);

  readonly status = computed(() => this.state().status);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
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
    this.state.set({ status: 'loading' });
    try {
      this.list.set(await firstValueFrom(this.api.open()));
      this.state.set({ status: 'ready' });
    } catch (error: unknown) {
      this.state.set({ status: 'error', message: this.errors.describe(error) });
    }
  }

  /** A revoked link is no longer open, so it leaves the list. Throws on failure. */
  async revoke(invitationId: string): Promise<void> {
    await firstValueFrom(this.api.revoke(invitationId));
    this.list.update((list) => list.filter((i) => i.id !== invitationId));
  }
}
