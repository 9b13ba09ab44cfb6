import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  MatFormField,
  MatLabel,
  MatPrefix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { ClientSummary } from '@herstelkompas/contracts';
import {
  catchError,
  combineLatest,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { ClientsApi } from '../../clients/clients-api';
import { Icon } from '../../ui/icon/icon';
import { LoadStateBlock } from '../../ui/load-state/load-state';

type PickState =
  | { status: 'loading' }
  | { status: 'ready'; clients: ClientSummary[] }
  | { status: 'error'; message: string };

/** How many clients the picker lists: enough to choose, few to scan. */
const SHOWN = 8;

/**
 * Finds a client by name and leads to their report page. Without a search
 * it lists the most recently active clients, the likely ones.
 */
@Component({
  selector: 'hk-client-picker',
  imports: [
    LoadStateBlock,
    MatFormField,
    MatInput,
    MatLabel,
    MatPrefix,
    RouterLink,
    TranslatePipe,
    Icon,
  ],
  templateUrl: './client-picker.html',
  styleUrl: './client-picker.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPicker {
  private readonly api = inject(ClientsApi);
  private readonly errors = inject(ErrorMessage);

  protected readonly search = signal('');
  private readonly retries = signal(0);

  protected readonly state = toSignal(
    combineLatest([
      toObservable(this.search).pipe(
        debounceTime(250),
        map((text) => text.trim()),
        distinctUntilChanged(),
      ),
      toObservable(this.retries),
    ]).pipe(
      switchMap(([search]) =>
        this.api
          .list({
            search: search || undefined,
            // A completed client is who a closing report is for.
            status: 'unarchived',
            sort: search ? 'name' : '-lastActivity',
            pageSize: SHOWN,
          })
          .pipe(
            map((page): PickState => ({
              status: 'ready',
              clients: page.items,
            })),
            catchError((error: unknown) =>
              of<PickState>({
                status: 'error',
                message: this.errors.describe(error),
              }),
            ),
            startWith<PickState>({ status: 'loading' }),
          ),
      ),
    ),
    { initialValue: { status: 'loading' } as PickState },
  );

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected retry(): void {
    this.retries.update((n) => n + 1);
  }
}
