import type { DomainId } from '@herstelkompas/domain';

export type GoalStatus =
  'proposed' | 'active' | 'achieved' | 'not_achieved' | 'dropped';
export const GOAL_STATUSES: readonly GoalStatus[] = [
  'proposed',
  'active',
  'achieved',
  'not_achieved',
  'dropped',
];

/** A measurable target: a domain score below a value (computed), or a free description. */
export type GoalTarget =
  | { kind: 'score_below'; value: number }
  | { kind: 'text'; text: string }
  | null;

export interface Goal {
  id: string;
  clientId: string;
  domain: DomainId;
  description: string;
  target: GoalTarget;
  dueDate: string | null;
  status: GoalStatus;
  /** For score targets: the latest domain score and whether it meets the target. */
  progress: { latestScore: number | null; met: boolean | null } | null;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/clients/:id/goals`. */
export interface CreateGoalRequest {
  domain: string;
  description: string;
  target?: GoalTarget;
  dueDate?: string | null;
  status?: GoalStatus;
}

/** Body of `PATCH /api/goals/:id`. */
export type UpdateGoalRequest = Partial<CreateGoalRequest>;
