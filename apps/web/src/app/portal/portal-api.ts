import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  PORTAL_XSRF_COOKIE,
  PORTAL_XSRF_HEADER,
  type CheckIn,
  type DailyLog,
  type HomeworkDoneRequest,
  type HomeworkItem,
  type MessageItem,
  type PortalCheckIns,
  type SaveCheckInRequest,
  type SaveDailyLogRequest,
  type MessageThread,
  type PortalHome,
  type PortalHomework,
  type PortalLesson,
  type PortalLessonSummary,
  type PortalLinkState,
  API_PATHS,
} from '@herstelkompas/contracts';

const BASE = API_PATHS.portal;

/** The portal's CSRF token: its own cookie, echoed in its own header. */
export function portalXsrfToken(cookies = document.cookie): string {
  const pair = cookies
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${PORTAL_XSRF_COOKIE}=`));
  return pair
    ? decodeURIComponent(pair.slice(PORTAL_XSRF_COOKIE.length + 1))
    : '';
}

/** The client portal's endpoints, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class PortalApi {
  private readonly http = inject(HttpClient);

  link(token: string) {
    return this.http.get<PortalLinkState>(`${BASE}/links/${token}`);
  }

  signIn(token: string, dateOfBirth?: string) {
    return this.http.post<{ signedIn: true }>(`${BASE}/sessions`, {
      token,
      ...(dateOfBirth ? { dateOfBirth } : {}),
    });
  }

  requestLink(email: string) {
    return this.http.post<{ status: 'accepted' }>(`${BASE}/sign-in-link`, {
      email,
    });
  }

  me() {
    return this.http.get<PortalHome>(`${BASE}/me`);
  }

  lessons() {
    return this.http.get<PortalLessonSummary[]>(`${BASE}/lessons`);
  }

  lesson(id: string) {
    return this.http.get<PortalLesson>(
      `${BASE}/lessons/${encodeURIComponent(id)}`,
    );
  }

  markRead(id: string) {
    return this.http.put<PortalLessonSummary>(
      `${BASE}/lessons/${encodeURIComponent(id)}/read`,
      {},
      { headers: writeHeaders() },
    );
  }

  messages() {
    return this.http.get<MessageThread>(`${BASE}/messages`);
  }

  sendMessage(text: string) {
    return this.http.post<MessageItem>(
      `${BASE}/messages`,
      { text },
      { headers: writeHeaders() },
    );
  }

  checkIns() {
    return this.http.get<PortalCheckIns>(`${BASE}/check-ins`);
  }

  saveCheckIn(body: SaveCheckInRequest) {
    return this.http.post<CheckIn>(`${BASE}/check-ins`, body, {
      headers: writeHeaders(),
    });
  }

  saveDailyLog(body: SaveDailyLogRequest) {
    return this.http.post<DailyLog>(`${BASE}/daily-logs`, body, {
      headers: writeHeaders(),
    });
  }

  homework() {
    return this.http.get<PortalHomework>(`${BASE}/homework`);
  }

  homeworkDone(id: string, body: HomeworkDoneRequest) {
    return this.http.post<HomeworkItem>(
      `${BASE}/homework/${encodeURIComponent(id)}/done`,
      body,
      { headers: writeHeaders() },
    );
  }

  homeworkUndo(id: string, on: string) {
    return this.http.delete<HomeworkItem>(
      `${BASE}/homework/${encodeURIComponent(id)}/done`,
      { headers: writeHeaders(), params: { on } },
    );
  }

  signOut() {
    return this.http.delete<void>(`${BASE}/session`, {
      headers: writeHeaders(),
    });
  }
}

function writeHeaders(): HttpHeaders {
  return new HttpHeaders({ [PORTAL_XSRF_HEADER]: portalXsrfToken() });
}

/** Where a report made for the client is downloaded (a plain link: the cookie goes along). */
export function reportUrl(id: string): string {
  return `${BASE}/reports/${id}/download`;
}
