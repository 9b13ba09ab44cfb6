import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateGoalRequest,
  Goal,
  UpdateGoalRequest,
} from '@herstelkompas/contracts';

const enc = encodeURIComponent;

/** The goal endpoints, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class GoalsApi {
  private readonly http = inject(HttpClient);

  list(clientId: string) {
    return this.http.get<Goal[]>(`/api/clients/${enc(clientId)}/goals`);
  }

  create(clientId: string, request: CreateGoalRequest) {
    return this.http.post<Goal>(`/api/clients/${enc(clientId)}/goals`, request);
  }

  update(id: string, request: UpdateGoalRequest) {
    return this.http.patch<Goal>(`/api/goals/${enc(id)}`, request);
  }
}
