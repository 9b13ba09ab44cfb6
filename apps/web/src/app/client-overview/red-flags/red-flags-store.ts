import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AcknowledgeRedFlagRequest,
  RedFlagReview,
} from '@herstelkompas/contracts';
import { URGENCY_ORDER } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { OverviewApi } from '../overview-api';

type LoadState =
  | { status: 'idle' | 'loading' | 'ready' }
  | { status: 'error'; message: string };

const severity = (review: RedFlagReview) =>
  URGENCY_ORDER.indexOf(review.flag.urgency);

/** A client's red flags and what was done about them. */
@Injectable()
export class RedFlagsStore {
  private readonly api = inject(OverviewApi);
  private readonly errors = inject(ErrorMessage);
  private readonly state = signal<LoadState>({ status: 'idle' });
  private readonly reviews = signal<readonly RedFlagReview[]>([]);
  private loads = 0;

  readonly status = computed(() => this.state().status);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  /** Open flags, most urgent first. */
  readonly open = computed(() =>
    this.reviews()
      .filter((r) => r.acknowledged === null)
      .sort((a, b) => severity(a) - severity(b)),
  );
  /** Handled flags, most recently handled first. */
  readonly handled = computed(() =>
    this.reviews()
      .filter((r) => r.acknowledged !== null)
      .sort((a, b) =>
        (b.acknowledged?.at ?? '').localeCompare(a.acknowledged?.at ?? ''),
      ),
  );
  /** Goes up with every acknowledgement, for views that depend on it. */
  readonly acknowledgements = signal(0);

  async load(clientId: string): Promise<void> {
    const count = ++this.loads;
    this.state.set({ status: 'loading' });
    try {
      const reviews = await firstValueFrom(this.api.redFlags(clientId));
      if (count !== this.loads) return;
      this.reviews.set(reviews);
      this.state.set({ status: 'ready' });
    } catch (error: unknown) {
      if (count !== this.loads) return;
      this.state.set({ status: 'error', message: this.errors.describe(error) });
    }
  }

  /** Records what was done. Throws on failure, so the dialog stays open. */
  async acknowledge(
    reviewId: string,
    request: AcknowledgeRedFlagRequest,
  ): Promise<void> {
    const updated = await firstValueFrom(
      this.api.acknowledge(reviewId, request),
    );
    this.reviews.update((reviews) =>
      reviews.map((r) => (r.id === updated.id ? updated : r)),
    );
    this.acknowledgements.update((n) => n + 1);
  }
}
