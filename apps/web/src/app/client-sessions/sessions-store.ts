import { Injectable, computed, inject, signal } from '@angular/core';
import type { SessionNote } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { type NoteFilters, SessionsApi } from './sessions-api';

export const NO_FILTERS: NoteFilters = { domain: '', type: '', search: '' };

/** A client's session notes, newest first, as the filters ask. */
@Injectable()
export class SessionsStore {
  private readonly api = inject(SessionsApi);
  private clientId = '';
  private readonly loading = new LoadState();

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  readonly notes = signal<SessionNote[]>([]);
  readonly filters = signal<NoteFilters>(NO_FILTERS);
  readonly filtered = computed(() => {
    const { domain, type, search } = this.filters();
    return Boolean(domain || type || search.trim());
  });

  async load(clientId: string, filters: NoteFilters): Promise<void> {
    this.clientId = clientId;
    this.filters.set(filters);
    // Keep the old list on screen while a filter reloads; skeleton only at first.
    await this.loading.run(
      this.api.list(clientId, filters),
      (notes) => this.notes.set(notes),
      { keep: true },
    );
  }

  reload(): Promise<void> {
    return this.load(this.clientId, this.filters());
  }

  /** A note came back changed (signed, addendum): show it at once. */
  replace(note: SessionNote): void {
    this.notes.update((notes) =>
      notes.map((existing) => (existing.id === note.id ? note : existing)),
    );
  }

  async addAddendum(noteId: string, text: string): Promise<SessionNote> {
    const note = await firstValueFrom(this.api.addendum(noteId, text));
    this.replace(note);
    return note;
  }
}
