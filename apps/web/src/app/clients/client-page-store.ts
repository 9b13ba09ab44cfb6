import { Injectable, computed, inject, signal } from '@angular/core';
import type { ClientDetail } from '@herstelkompas/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { ClientsApi } from './clients-api';

/**
 * One client record, shared by the client page, its tabs and dialogs.
 * Provide it on the client page.
 */
@Injectable()
export class ClientPageStore {
  private readonly api = inject(ClientsApi);
  private readonly loading = new LoadState();
  private readonly loaded = signal<ClientDetail | null>(null);

  readonly status = this.loading.status.asReadonly();
  readonly client = computed(() =>
    this.status() === 'ready' ? this.loaded() : null,
  );
  readonly error = this.loading.error.asReadonly();

  async load(id: string): Promise<void> {
    // A 404 says nothing about whether the record exists elsewhere.
    await this.loading.run(
      this.api.get(id),
      (client) => this.loaded.set(client),
      { notFound: true },
    );
  }

  /**
   * Reloads the record without showing the loading state, e.g. after a
   * decision elsewhere changed its focus domains. Failures keep what is shown.
   */
  async refresh(): Promise<void> {
    const current = this.client();
    if (!current) return;
    // The page keeps the record it has on failure; the next load will tell.
    await this.loading.run(
      this.api.get(current.id),
      (client) => this.loaded.set(client),
      { quiet: true },
    );
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
    this.loaded.set(client);
  }

  private requireClient(): ClientDetail {
    const client = this.client();
    if (!client) throw new Error('No client loaded');
    return client;
  }
}
