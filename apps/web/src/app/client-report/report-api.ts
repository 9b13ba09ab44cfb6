import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  EXPORT_PATHS,
  type Assessment,
  type ClientDetail,
  type Goal,
  type PracticeProfile,
  type PriorityView,
  type RedFlagReview,
  type ReportRecord,
  type SessionNote,
  RESOURCE_PATHS,
} from '@herstelkompas/contracts';
import { type Observable, map } from 'rxjs';

function clientPath(id: string, rest = ''): string {
  return `${RESOURCE_PATHS.client(id)}${rest}`;
}

/** The calls the report page makes, as HTTP only; state is in ReportStore. */
@Injectable({ providedIn: 'root' })
export class ReportApi {
  private readonly http = inject(HttpClient);

  client(id: string): Observable<ClientDetail> {
    return this.http.get<ClientDetail>(clientPath(id));
  }

  assessments(id: string): Observable<Assessment[]> {
    return this.http
      .get<{ items: Assessment[] }>(clientPath(id, '/assessments'))
      .pipe(map((answer) => answer.items));
  }

  /** The practice's default closing words fill the closing field. */
  practiceProfile(): Observable<PracticeProfile> {
    return this.http.get<PracticeProfile>(API_PATHS.practiceProfile);
  }

  priority(id: string): Observable<PriorityView> {
    return this.http.get<PriorityView>(clientPath(id, '/priority'));
  }

  goals(id: string): Observable<Goal[]> {
    return this.http.get<Goal[]>(clientPath(id, '/goals'));
  }

  notes(id: string): Observable<SessionNote[]> {
    return this.http.get<SessionNote[]>(clientPath(id, '/session-notes'));
  }

  redFlags(id: string): Observable<RedFlagReview[]> {
    return this.http.get<RedFlagReview[]>(clientPath(id, '/red-flags'));
  }

  /** Earlier reports, newest first (metadata only). */
  reports(id: string): Observable<ReportRecord[]> {
    return this.http.get<ReportRecord[]>(
      EXPORT_PATHS.reports(encodeURIComponent(id)),
    );
  }

  /** A file as a blob, with its headers (for the file name). */
  file(
    url: string,
    method: 'GET' | 'POST' = 'GET',
  ): Observable<HttpResponse<Blob>> {
    return this.http.request(method, url, {
      observe: 'response',
      responseType: 'blob',
    });
  }
}
