import type { ComputedPriority } from '@herstelkompas/contracts';
import {
  type DomainRanking,
  preferredDomainsFrom,
  rankDomains,
} from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { storedInstrument } from '../assessments/instruments';
import { openRedFlags } from '../red-flags/red-flag-reviews';

/**
 * The ranking of the latest assessment, recomputed by libs/domain with the
 * red flags that are open now: acknowledging a flag lifts "pending medical
 * clearance" without touching the stored assessment.
 */
export async function computePriority(
  manager: EntityManager,
  clientId: string,
): Promise<{
  latest: Assessment;
  ranking: DomainRanking;
  view: ComputedPriority;
} | null> {
  const latest = await manager.findOne(Assessment, {
    where: { clientId },
    order: { submittedAt: 'DESC' },
  });
  if (!latest) return null;
  const open = await openRedFlags(manager, clientId);
  const definition = storedInstrument(
    latest.instrumentId,
    latest.instrumentVersion,
  );
  const ranking = rankDomains(latest.domainScores, {
    preferredDomains: preferredDomainsFrom(definition, latest.answers),
    openRedFlags: open,
  });
  return {
    latest,
    ranking,
    view: {
      assessmentId: latest.id,
      assessedAt: latest.submittedAt.toISOString(),
      algorithmVersion: ranking.algorithmVersion,
      ranking: [...ranking.entries],
      focus: [...ranking.focus],
      pendingMedicalClearance: ranking.pendingMedicalClearance,
    },
  };
}
