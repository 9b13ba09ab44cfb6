import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcknowledgeRedFlagRequest,
  Assessment,
  ClientCheckIns,
  PriorityView,
  RedFlagReview,
} from '@herstelkompas/contracts';

const enc = encodeURIComponent;

/** What the client overview reads and the red-flag acknowledgement; HTTP only. */
@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  assessments(clientId: string) {
    return this.http.get<{ items: Assessment[] }>(
      `/api/clients/${enc(clientId)}/assessments`,
    );
  }

  priority(clientId: string) {
    return this.http.get<PriorityView>(
      `/api/clients/${enc(clientId)}/priority`,
    );
  }

  /** The client's own weekly check-ins and mini-logs, newest first. */
  checkIns(clientId: string) {
    return this.http.get<ClientCheckIns>(
      `/api/clients/${enc(clientId)}/check-ins`,
    );
  }

  /** Open flags first. */
  redFlags(clientId: string) {
    return this.http.get<RedFlagReview[]>(
      `/api/clients/${enc(clientId)}/red-flags`,
    );
  }

  acknowledge(reviewId: string, request: AcknowledgeRedFlagRequest) {
    return this.http.post<RedFlagReview>(
      `/api/red-flags/${enc(reviewId)}/acknowledge`,
      request,
    );
  }
}
