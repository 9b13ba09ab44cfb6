import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePriorityDecisionRequest,
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';

/** The priority endpoints, as HTTP calls only; state lives in the store. */
@Injectable({ providedIn: 'root' })
export class PriorityApi {
  private readonly http = inject(HttpClient);

  get(clientId: string) {
    return this.http.get<PriorityView>(
      `/api/clients/${encodeURIComponent(clientId)}/priority`,
    );
  }

  decide(clientId: string, request: CreatePriorityDecisionRequest) {
    return this.http.post<PriorityDecisionRecord>(
      `/api/clients/${encodeURIComponent(clientId)}/priority-decisions`,
      request,
    );
  }
}
