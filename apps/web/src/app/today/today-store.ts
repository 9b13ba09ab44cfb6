import { Injectable, computed, inject, signal } from '@angular/core';
import type { HomeView } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { TodayApi } from './today-api';

/** The choices for "lang niet gezien"; 6 is the API's default. */
export const FOLLOW_UP_WEEKS = [4, 6, 8, 12] as const;
export const DEFAULT_FOLLOW_UP_WEEKS = 6;

/** A weeks value from the URL, or the default when it is not one of ours. */
export function parseWeeks(value: string | null): number {
  const weeks = Number(value);
  return (FOLLOW_UP_WEEKS as readonly number[]).includes(weeks)
    ? weeks
    : DEFAULT_FOLLOW_UP_WEEKS;
}

type LoadState =
  { status: 'loading' | 'ready' } | { status: 'error'; message: string };

/** What needs the practitioner today. Provide it on the page. */
@Injectable()
export class TodayStore {
  private readonly api = inject(TodayApi);
  private readonly errors = inject(ErrorMessage);
  private readonly state = signal<LoadState>({ status: 'loading' });
  private readonly data = signal<HomeView | null>(null);
  private loads = 0;

  readonly status = computed(() => this.state().status);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  /** Kept while a new weeks setting loads, so the page does not jump. */
  readonly view = this.data.asReadonly();

  async load(followUpWeeks: number): Promise<void> {
    const count = ++this.loads;
    this.state.set({ status: 'loading' });
    try {
      const view = await firstValueFrom(this.api.home(followUpWeeks));
      if (count !== this.loads) return;
      this.data.set(view);
      this.state.set({ status: 'ready' });
    } catch (error: unknown) {
      if (count !== this.loads) return;
      this.state.set({ status: 'error', message: this.errors.describe(error) });
    }
  }
}
