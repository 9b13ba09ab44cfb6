import { RESOURCE_PATHS } from '@herstelkompas/contracts';
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
    return this.http.get<PriorityView>(RESOURCE_PATHS.priority(clientId));
  }

  decide(clientId: string, request: CreatePriorityDecisionRequest) {
    return this.http.post<PriorityDecisionRecord>(
      RESOURCE_PATHS.priorityDecisions(clientId),
      request,
    );
  }
}
