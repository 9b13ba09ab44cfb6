import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcknowledgeRedFlagRequest,
  Assessment,
  ClientCheckIns,
  PriorityView,
  RedFlagReview,
} from '@herstelkompas/contracts';

/** What the client overview reads and the red-flag acknowledgement; HTTP only. */
@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  assessments(clientId: string) {
    return this.http.get<{ items: Assessment[] }>(
      RESOURCE_PATHS.assessments(clientId),
    );
  }

  priority(clientId: string) {
    return this.http.get<PriorityView>(RESOURCE_PATHS.priority(clientId));
  }

  /** The client's own weekly check-ins and mini-logs, newest first. */
  checkIns(clientId: string) {
    return this.http.get<ClientCheckIns>(
      RESOURCE_PATHS.clientCheckIns(clientId),
    );
  }

  /** Open flags first. */
  redFlags(clientId: string) {
    return this.http.get<RedFlagReview[]>(RESOURCE_PATHS.redFlags(clientId));
  }

  acknowledge(reviewId: string, request: AcknowledgeRedFlagRequest) {
    return this.http.post<RedFlagReview>(
      RESOURCE_PATHS.acknowledgeRedFlag(reviewId),
      request,
    );
  }
}
