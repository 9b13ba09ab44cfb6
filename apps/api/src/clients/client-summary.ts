import type { ClientStatus } from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';

/** The list summary kept on the client row, derived from its assessments, flags and decisions. */
export interface ClientSummaryFields {
  lastActivityAt?: Date;
  latestScores?: Partial<Record<DomainId, number | null>>;
  maxScore?: number | null;
  focusDomains?: DomainId[];
  openRedFlagCount?: number;
  /** Add to the open red-flag count instead of setting it. */
  addOpenRedFlags?: number;
  status?: ClientStatus;
  consentGivenAt?: Date;
  consentPrivacyVersion?: string;
}

const COLUMNS: Record<
  Exclude<keyof ClientSummaryFields, 'addOpenRedFlags'>,
  string
> = {
  lastActivityAt: 'last_activity_at',
  latestScores: 'latest_scores',
  maxScore: 'max_score',
  focusDomains: 'focus_domains',
  openRedFlagCount: 'open_red_flag_count',
  status: 'status',
  consentGivenAt: 'consent_given_at',
  consentPrivacyVersion: 'consent_privacy_version',
};

/**
 * Updates derived fields without bumping the client's version: a note or an
 * intake must not make a colleague's open edit of the profile stale (409).
 */
export async function touchClient(
  manager: EntityManager,
  clientId: string,
  fields: ClientSummaryFields,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [clientId];
  for (const [key, column] of Object.entries(COLUMNS) as [
    keyof typeof COLUMNS,
    string,
  ][]) {
    const value = fields[key];
    if (value === undefined) continue;
    params.push(key === 'latestScores' ? JSON.stringify(value) : value);
    sets.push(`${column} = $${params.length}`);
  }
  if (fields.addOpenRedFlags) {
    params.push(fields.addOpenRedFlags);
    sets.push(`open_red_flag_count = open_red_flag_count + $${params.length}`);
  }
  if (!sets.length) return;
  await manager.query(
    `UPDATE clients SET ${sets.join(', ')} WHERE id = $1`,
    params,
  );
}
