import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CreateGoalRequest,
  Goal,
  GoalStatus,
  UpdateGoalRequest,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS } from '@herstelkompas/domain';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../core/http/error-message';
import { GoalsApi } from './goals-api';

type Load = 'loading' | 'ready' | 'error';

/** A client's goals, grouped by domain in the product's domain order. */
@Injectable()
export class GoalsStore {
  private readonly api = inject(GoalsApi);
  private readonly errors = inject(ErrorMessage);
  private clientId = '';

  readonly status = signal<Load>('loading');
  readonly error = signal<string | null>(null);
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
    this.status.set('loading');
    try {
      this.goals.set(await firstValueFrom(this.api.list(clientId)));
      this.status.set('ready');
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
      this.status.set('error');
    }
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
