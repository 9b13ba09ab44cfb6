import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateSessionNoteRequest,
  SessionNote,
  SessionType,
  UpdateSessionNoteRequest,
} from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';

/** Filters of the notes list; empty ones are left out of the request. */
export interface NoteFilters {
  domain: DomainId | '';
  type: SessionType | '';
  search: string;
}

/** The session-note endpoints, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  list(clientId: string, filters: Partial<NoteFilters> = {}) {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      const text = String(value ?? '').trim();
      if (text) params = params.set(key, text);
    }
    return this.http.get<SessionNote[]>(
      RESOURCE_PATHS.clientSessionNotes(clientId),
      { params },
    );
  }

  get(id: string) {
    return this.http.get<SessionNote>(RESOURCE_PATHS.sessionNote(id));
  }

  create(clientId: string, request: CreateSessionNoteRequest) {
    return this.http.post<SessionNote>(
      RESOURCE_PATHS.clientSessionNotes(clientId),
      request,
    );
  }

  update(id: string, request: UpdateSessionNoteRequest) {
    return this.http.patch<SessionNote>(
      RESOURCE_PATHS.sessionNote(id),
      request,
    );
  }

  sign(id: string) {
    return this.http.post<SessionNote>(
      RESOURCE_PATHS.signSessionNote(id),
      null,
    );
  }

  addendum(id: string, text: string) {
    return this.http.post<SessionNote>(RESOURCE_PATHS.sessionNoteAddenda(id), {
      text,
    });
  }
}
