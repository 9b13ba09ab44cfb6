import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { ClientSummary, Page } from '@herstelkompas/contracts';
import {
  Subject,
  catchError,
  combineLatest,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import {
  type ClientListParams,
  hasFilters,
  paramsFromQuery,
  queryFromParams,
  sameParams,
  toListQuery,
} from './client-list-params';
import { ClientsApi } from './clients-api';

type ListState =
  | { status: 'loading'; page: null }
  | { status: 'ready'; page: Page<ClientSummary> }
  | { status: 'error'; page: null; message: string };

/**
 * The client list. The URL's query string is the single source of truth:
 * changing a filter navigates, and every navigation (including back and
 * reload) loads the list for what the URL says. Provide it on the list page.
 */
@Injectable()
export class ClientListStore {
  private readonly api = inject(ClientsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly errors = inject(ErrorMessage);
  private readonly retries = new Subject<void>();

  private readonly params$ = this.route.queryParamMap.pipe(
    map(paramsFromQuery),
    distinctUntilChanged(sameParams),
  );
  private readonly state = signal<ListState>({ status: 'loading', page: null });

  readonly params = toSignal(this.params$, {
    initialValue: paramsFromQuery(this.route.snapshot.queryParamMap),
  });
  readonly page = computed(() => this.state().page);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  readonly filtered = computed(() => hasFilters(this.params()));

  constructor() {
    combineLatest([this.params$, this.retries.pipe(startWith(undefined))])
      .pipe(
        // Skeleton rows while loading: old rows must not pass for the answer
        // to the new question (a search that has not come back yet).
        tap(() => this.state.set({ status: 'loading', page: null })),
        switchMap(([params]) =>
          this.api.list(toListQuery(params)).pipe(
            map((page): ListState => ({ status: 'ready', page })),
            catchError((error: unknown) =>
              of<ListState>({
                status: 'error',
                page: null,
                message: this.errors.describe(error),
              }),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.status === 'ready') this.stayInRange(state.page);
      });
  }

  /** Change filters, sort or page; any change but paging starts at page 1. */
  update(patch: Partial<ClientListParams>): Promise<boolean> {
    const next = { ...this.params(), page: 1, ...patch };
    return this.navigate(next);
  }

  clearFilters(): Promise<boolean> {
    return this.update({
      search: '',
      status: null,
      practitionerId: null,
      focusDomain: null,
      tag: '',
    });
  }

  retry(): void {
    this.retries.next();
  }

  private navigate(params: ClientListParams, replaceUrl = false) {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryFromParams(params),
      replaceUrl,
    });
  }

  /** A bookmarked page past the end (clients were archived) shows the last. */
  private stayInRange(page: Page<ClientSummary>): void {
    const last = Math.max(1, Math.ceil(page.total / page.pageSize));
    if (page.items.length === 0 && page.total > 0 && page.page > last) {
      void this.navigate({ ...this.params(), page: last }, true);
    }
  }
}
