import { inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import { toApiFailure } from './api-error';
import { ErrorMessage } from './error-message';

/** Where a screen's data is: what `hk-load-state` shows until it is ready. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'notFound' | 'error';

export interface LoadOptions {
  /** Keep what is shown while it reloads (a filter); the skeleton only at first. */
  readonly keep?: boolean;
  /** Reload in the background: the status stays, a failure keeps what is shown. */
  readonly quiet?: boolean;
  /** A 404 means "not found" (one record), not a failure. */
  readonly notFound?: boolean;
}

/**
 * The status and error message of one screen's data, loaded by the rule that
 * the latest request wins: an answer to an older request is dropped, so a
 * slow first answer never overwrites the one the user asked for last.
 * Create it in a store's field initialiser (it injects the error wording).
 */
export class LoadState {
  private readonly describe: (error: unknown) => string;
  private latest = 0;

  readonly status;
  readonly error = signal<string | null>(null);

  constructor(initial: LoadStatus = 'loading') {
    const errors = inject(ErrorMessage);
    this.describe = (error) => errors.describe(error);
    this.status = signal<LoadStatus>(initial);
  }

  /** Runs one request; `apply` takes its answer only if it is still the latest. */
  async run<T>(
    request: Observable<T> | (() => Promise<T>),
    apply: (value: T) => void,
    options: LoadOptions = {},
  ): Promise<void> {
    const ticket = ++this.latest;
    if (!options.quiet && !(options.keep && this.status() === 'ready')) {
      this.status.set('loading');
      this.error.set(null);
    }
    try {
      const value = await (typeof request === 'function'
        ? request()
        : firstValueFrom(request));
      if (ticket !== this.latest) return;
      apply(value);
      this.status.set('ready');
    } catch (error: unknown) {
      if (ticket !== this.latest || options.quiet) return;
      if (options.notFound && toApiFailure(error).status === 404) {
        this.status.set('notFound');
        return;
      }
      this.error.set(this.describe(error));
      this.status.set('error');
    }
  }

  /** Drops the answer of any request still in flight. */
  cancel(): void {
    this.latest++;
  }
}
