import type { EntityManager } from 'typeorm';
import { PriorityDecision } from './priority-decision.entity';

/**
 * Whether the practitioner has decided a focus for this client; asked by a
 * new assessment inside its transaction, because a decided focus stands.
 */
export function hasPriorityDecision(
  manager: EntityManager,
  clientId: string,
): Promise<boolean> {
  return manager.exists(PriorityDecision, { where: { clientId } });
}
