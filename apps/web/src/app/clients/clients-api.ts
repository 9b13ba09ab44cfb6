import { API_PATHS } from '@herstelkompas/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccessLogEntry,
  AccessLogQuery,
  ClientDetail,
  ClientListQuery,
  ClientSummary,
  CreateClientRequest,
  Page,
  UpdateClientRequest,
} from '@herstelkompas/contracts';

const BASE = API_PATHS.clients;

/** The client endpoints, as HTTP calls only; state lives in the stores. */
@Injectable({ providedIn: 'root' })
export class ClientsApi {
  private readonly http = inject(HttpClient);

  list(query: ClientListQuery) {
    return this.http.get<Page<ClientSummary>>(BASE, {
      params: toParams(query),
    });
  }

  get(id: string) {
    return this.http.get<ClientDetail>(`${BASE}/${enc(id)}`);
  }

  create(request: CreateClientRequest) {
    return this.http.post<ClientDetail>(BASE, request);
  }

  update(id: string, request: UpdateClientRequest) {
    return this.http.patch<ClientDetail>(`${BASE}/${enc(id)}`, request);
  }

  archive(id: string) {
    return this.http.post<ClientDetail>(`${BASE}/${enc(id)}/archive`, null);
  }

  restore(id: string) {
    return this.http.post<ClientDetail>(`${BASE}/${enc(id)}/restore`, null);
  }

  share(id: string, practitionerIds: string[]) {
    return this.http.put<ClientDetail>(`${BASE}/${enc(id)}/shares`, {
      practitionerIds,
    });
  }

  erase(id: string) {
    return this.http.delete<void>(`${BASE}/${enc(id)}`);
  }

  accessLog(id: string, query: AccessLogQuery) {
    return this.http.get<Page<AccessLogEntry>>(
      `${BASE}/${enc(id)}/access-log`,
      { params: toParams(query) },
    );
  }

  /** A plain link: the browser downloads it with the session cookie. */
  accessLogCsvUrl(id: string, query: AccessLogQuery): string {
    const params = toParams(query).toString();
    return `${BASE}/${enc(id)}/access-log.csv${params ? `?${params}` : ''}`;
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}

/** Leaves out empty values, so the API applies its own defaults. */
function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}
