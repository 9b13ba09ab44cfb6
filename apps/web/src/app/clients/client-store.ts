import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClientDetail } from '@herstelkompas/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { toApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { ClientsApi } from './clients-api';

type ClientState =
  | { status: 'loading'; client: null }
  | { status: 'ready'; client: ClientDetail }
  | { status: 'notFound'; client: null }
  | { status: 'error'; client: null; message: string };

/**
 * One client record, shared by the client page, its tabs and dialogs.
 * Provide it on the client page.
 */
@Injectable()
export class ClientStore {
  private readonly api = inject(ClientsApi);
  private readonly errors = inject(ErrorMessage);
  private readonly state = signal<ClientState>({
    status: 'loading',
    client: null,
  });
  // Guards against an older answer overwriting a newer one.
  private loadCount = 0;

  readonly status = computed(() => this.state().status);
  readonly client = computed(() => this.state().client);
  readonly error = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });

  async load(id: string): Promise<void> {
    const count = ++this.loadCount;
    this.state.set({ status: 'loading', client: null });
    try {
      const client = await firstValueFrom(this.api.get(id));
      if (count === this.loadCount) this.state.set({ status: 'ready', client });
    } catch (error: unknown) {
      if (count !== this.loadCount) return;
      // A 404 says nothing about whether the record exists elsewhere.
      this.state.set(
        toApiFailure(error).status === 404
          ? { status: 'notFound', client: null }
          : {
              status: 'error',
              client: null,
              message: this.errors.describe(error),
            },
      );
    }
  }

  /**
   * Reloads the record without showing the loading state, e.g. after a
   * decision elsewhere changed its focus domains. Failures keep what is shown.
   */
  async refresh(): Promise<void> {
    const current = this.state().client;
    if (!current) return;
    const count = ++this.loadCount;
    try {
      const client = await firstValueFrom(this.api.get(current.id));
      if (count === this.loadCount) this.state.set({ status: 'ready', client });
    } catch {
      // The page keeps the record it has; the next load will tell.
    }
  }

  archive(): Promise<void> {
    return this.change((id) => this.api.archive(id));
  }

  restore(): Promise<void> {
    return this.change((id) => this.api.restore(id));
  }

  share(practitionerIds: string[]): Promise<void> {
    return this.change((id) => this.api.share(id, practitionerIds));
  }

  /** Destroys the record on the server; the page then leaves. */
  async erase(): Promise<void> {
    const client = this.requireClient();
    await firstValueFrom(this.api.erase(client.id));
  }

  /** Runs a change and takes the record the API answers; throws on failure. */
  private async change(
    call: (id: string) => Observable<ClientDetail>,
  ): Promise<void> {
    const client = await firstValueFrom(call(this.requireClient().id));
    this.state.set({ status: 'ready', client });
  }

  private requireClient(): ClientDetail {
    const client = this.client();
    if (!client) throw new Error('No client loaded');
    return client;
  }
}
