import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateGoalRequest,
  Goal,
  UpdateGoalRequest,
} from '@herstelkompas/contracts';

/** The goal endpoints, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class GoalsApi {
  private readonly http = inject(HttpClient);

  list(clientId: string) {
    return this.http.get<Goal[]>(RESOURCE_PATHS.clientGoals(clientId));
  }

  create(clientId: string, request: CreateGoalRequest) {
    return this.http.post<Goal>(RESOURCE_PATHS.clientGoals(clientId), request);
  }

  update(id: string, request: UpdateGoalRequest) {
    return this.http.patch<Goal>(RESOURCE_PATHS.goal(id), request);
  }
}
