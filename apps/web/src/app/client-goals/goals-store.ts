import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CreateGoalRequest,
  Goal,
  GoalStatus,
  UpdateGoalRequest,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { LoadState } from '../core/http/load-state';
import { GoalsApi } from './goals-api';

/** A client's goals, grouped by domain in the product's domain order. */
@Injectable()
export class GoalsStore {
  private readonly api = inject(GoalsApi);
  private readonly loading = new LoadState();
  private clientId = '';

  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  readonly goals = signal<Goal[]>([]);
  readonly groups = computed(() => {
    const goals = this.goals();
    return DOMAIN_IDS.map((domain) => ({
      domain,
      goals: goals.filter((goal) => goal.domain === domain),
    })).filter((group) => group.goals.length > 0);
  });

  async load(clientId: string): Promise<void> {
    this.clientId = clientId;
    await this.loading.run(this.api.list(clientId), (goals) =>
      this.goals.set(goals),
    );
  }

  /** Creates a goal; throws the API's failure for the dialog to show. */
  async create(request: CreateGoalRequest): Promise<Goal> {
    const goal = await firstValueFrom(this.api.create(this.clientId, request));
    this.goals.update((goals) => [...goals, goal]);
    return goal;
  }

  /** Saves an edited goal; throws the API's failure for the dialog to show. */
  async update(id: string, request: UpdateGoalRequest): Promise<Goal> {
    const goal = await firstValueFrom(this.api.update(id, request));
    this.goals.update((goals) => goals.map((g) => (g.id === id ? goal : g)));
    return goal;
  }

  /** Changes a goal's status; throws on failure, the list stays as it was. */
  async setStatus(id: string, status: GoalStatus): Promise<void> {
    const goal = await firstValueFrom(this.api.update(id, { status }));
    this.goals.update((goals) => goals.map((g) => (g.id === id ? goal : g)));
  }
}
