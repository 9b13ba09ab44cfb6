import { Injectable, computed, inject, signal } from '@angular/core';
import type { SessionNote } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { type NoteFilters, SessionsApi } from './sessions-api';

type Load = 'loading' | 'ready' | 'error';

export const NO_FILTERS: NoteFilters = { domain: '', type: '', search: '' };

/** A client's session notes, newest first, as the filters ask. */
@Injectable()
export class SessionsStore {
  private readonly api = inject(SessionsApi);
  private readonly errors = inject(ErrorMessage);
  private clientId = '';
  // Guards against an older answer overwriting a newer one.
  private loads = 0;

  readonly status = signal<Load>('loading');
  readonly error = signal<string | null>(null);
  readonly notes = signal<SessionNote[]>([]);
  readonly filters = signal<NoteFilters>(NO_FILTERS);
  readonly filtered = computed(() => {
    const { domain, type, search } = this.filters();
    return Boolean(domain || type || search.trim());
  });

  async load(clientId: string, filters: NoteFilters): Promise<void> {
    const count = ++this.loads;
    this.clientId = clientId;
    this.filters.set(filters);
    // Keep the old list on screen while a filter reloads; skeleton only at first.
    if (this.status() !== 'ready') this.status.set('loading');
    try {
      const notes = await firstValueFrom(this.api.list(clientId, filters));
      if (count !== this.loads) return;
      this.notes.set(notes);
      this.status.set('ready');
    } catch (error: unknown) {
      if (count !== this.loads) return;
      this.error.set(this.errors.describe(error));
      this.status.set('error');
    }
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
