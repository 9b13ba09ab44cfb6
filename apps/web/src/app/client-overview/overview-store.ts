import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  Assessment,
  ClientDetail,
  PriorityView,
} from '@herstelkompas/contracts';
import { compareAssessments, trendSeries } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { ClientsApi } from '../clients/clients-api';
import { OverviewApi } from './overview-api';
import {
  baselineOf,
  computedRanking,
  currentFocus,
  toSnapshot,
} from './overview-model';

/**
 * The client's assessments and computed priority, and what the overview
 * derives from them through libs/domain. Provide it on the overview.
 */
@Injectable()
export class OverviewStore {
  private readonly api = inject(OverviewApi);
  private readonly clients = inject(ClientsApi);
  private readonly loading = new LoadState('idle');
  private readonly list = signal<readonly Assessment[]>([]);
  private readonly priorityView = signal<PriorityView | null>(null);
  private readonly chosenId = signal<string | null>(null);
  // The answer of the last pain-focus change, until the client is reloaded.
  private readonly painFocus = signal<{
    clientId: string;
    off: boolean;
    version: number;
  } | null>(null);
  private clientId: string | null = null;

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  /** Newest first. */
  readonly assessments = this.list.asReadonly();
  readonly latest = computed(() => this.list()[0] ?? null);
  readonly earlier = computed(() => this.list().slice(1));
  /** What the latest is compared with: the chosen one, else the baseline. */
  readonly compareWith = computed(() => {
    const earlier = this.earlier();
    return earlier.find((a) => a.id === this.chosenId()) ?? baselineOf(earlier);
  });
  readonly comparison = computed(() => {
    const latest = this.latest();
    const other = this.compareWith();
    return latest && other
      ? compareAssessments(toSnapshot(other), toSnapshot(latest))
      : null;
  });
  readonly trend = computed(() => trendSeries(this.list().map(toSnapshot)));
  readonly ranking = computed(() =>
    computedRanking(this.priorityView(), this.latest()),
  );
  readonly focus = computed(() =>
    currentFocus(this.priorityView(), this.latest()),
  );

  async load(clientId: string): Promise<void> {
    this.clientId = clientId;
    await this.loading.run(
      async () => {
        const [assessments, priority] = await Promise.allSettled([
          firstValueFrom(this.api.assessments(clientId)),
          firstValueFrom(this.api.priority(clientId)),
        ]);
        if (assessments.status === 'rejected') throw assessments.reason;
        // Without the priority the assessment's own ranking still shows.
        const view = priority.status === 'fulfilled' ? priority.value : null;
        return { items: assessments.value.items, view };
      },
      ({ items, view }) => {
        this.list.set(items);
        this.priorityView.set(view);
      },
    );
  }

  /** After a red flag is handled the medical-check state may change. */
  async reloadPriority(): Promise<void> {
    const clientId = this.clientId;
    if (!clientId || this.status() !== 'ready') return;
    try {
      this.priorityView.set(await firstValueFrom(this.api.priority(clientId)));
    } catch {
      // The view keeps the previous ranking; the next visit reloads it.
    }
  }

  compareTo(assessmentId: string): void {
    this.chosenId.set(assessmentId);
  }

  /** The pain-focus setting, newer than the client record after a change. */
  painFocusOf(client: ClientDetail): { off: boolean; version: number } {
    const changed = this.painFocus();
    return changed?.clientId === client.id && changed.version >= client.version
      ? { off: changed.off, version: changed.version }
      : { off: client.painFocusOff, version: client.version };
  }

  /** Throws on failure (e.g. 409 when someone else changed the client). */
  async setPainFocusOff(client: ClientDetail, off: boolean): Promise<void> {
    const { version } = this.painFocusOf(client);
    const updated = await firstValueFrom(
      this.clients.update(client.id, { version, painFocusOff: off }),
    );
    this.painFocus.set({
      clientId: updated.id,
      off: updated.painFocusOff,
      version: updated.version,
    });
  }
}
