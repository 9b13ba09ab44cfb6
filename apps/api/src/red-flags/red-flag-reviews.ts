import type { RedFlag } from '@herstelkompas/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { RedFlagReview } from './red-flag-review.entity';

/**
 * What other features ask of the red flags inside their own transaction:
 * a new assessment queues its flags, the ranking reads the open ones.
 */
export async function queueRedFlagReviews(
  manager: EntityManager,
  assessment: { id: string; practiceId: string; clientId: string },
  flags: readonly RedFlag[],
): Promise<void> {
  if (!flags.length) return;
  await manager.insert(
    RedFlagReview,
    flags.map((flag) => ({
      practiceId: assessment.practiceId,
      clientId: assessment.clientId,
      assessmentId: assessment.id,
      flag: { ...flag },
    })),
  );
}

/** The flags of a client that still wait for an acknowledgement. */
export async function openRedFlags(
  manager: EntityManager,
  clientId: string,
): Promise<RedFlag[]> {
  const open = await manager.find(RedFlagReview, {
    where: { clientId, acknowledgedAt: IsNull() },
  });
  return open.map((review) => review.flag);
}
