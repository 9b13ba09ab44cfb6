import type {
  PriorityDecisionRecord,
  PriorityView,
} from '@herstelkompas/contracts';
import {
  type Answers,
  type AssessmentResult,
  preferredDomainsFrom,
  rankDomains,
  type RedFlag,
} from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';
import { storedInstrument } from '../assessments/instruments';
import { visibleClientsSql } from '../clients/client-access';
import type { AuthContext } from '../common/auth-context';

/** A timestamp as JSON, exactly as toISOString writes a Date read by pg (milliseconds, UTC). */
const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

interface Row {
  id: string;
  responsible_practitioner_id: string;
  latest: {
    id: string;
    instrumentId: string;
    instrumentVersion: number;
    submittedAt: string;
    answers: Answers;
    domainScores: AssessmentResult['domainScores'];
  } | null;
  open_flags: RedFlag[];
  history: PriorityDecisionRecord[];
}

/**
 * The ranking tab: the client (if the caller may see it), its latest
 * assessment, its open red flags and every decision with the name of who
 * took it, in one statement. Through entities these were five statements,
 * each costing the API more CPU than PostgreSQL spent on it. The ranking is
 * recomputed by libs/domain as in computePriority.
 *
 * Null when there is no such client for the caller.
 */
export async function readPriorityView(
  manager: EntityManager,
  ctx: AuthContext,
  clientId: string,
): Promise<{
  client: { id: string; responsiblePractitionerId: string };
  view: PriorityView;
} | null> {
  const params: unknown[] = [clientId];
  const visible = visibleClientsSql(ctx, params);
  const [row]: Row[] = await manager.query(
    `SELECT c.id, c.responsible_practitioner_id,
        (SELECT json_build_object('id', a.id,
                  'instrumentId', a.instrument_id,
                  'instrumentVersion', a.instrument_version,
                  'submittedAt', ${iso('a.submitted_at')},
                  'answers', a.answers, 'domainScores', a.domain_scores)
           FROM assessments a WHERE a.client_id = c.id
          ORDER BY a.submitted_at DESC LIMIT 1) AS latest,
        coalesce((SELECT json_agg(r.flag) FROM red_flag_reviews r
                   WHERE r.client_id = c.id AND r.acknowledged_at IS NULL),
                 '[]') AS open_flags,
        coalesce((SELECT json_agg(json_build_object('id', d.id,
                    'assessmentId', d.assessment_id,
                    'algorithmVersion', d.algorithm_version,
                    'computedRanking', d.computed_ranking,
                    'order', d.final_order,
                    'focusDomains', d.focus_domains,
                    'reasonCode', d.reason_code,
                    'reasonText', d.reason_text,
                    'differsFromComputed', d.differs_from_computed,
                    'decidedBy', json_build_object('id', d.decided_by_id,
                       'displayName', coalesce(p.display_name, '')),
                    'decidedAt', ${iso('d.decided_at')},
                    'supersedesId', d.supersedes_id) ORDER BY d.decided_at DESC)
                    FROM priority_decisions d
                    LEFT JOIN practitioners p ON p.id = d.decided_by_id
                   WHERE d.client_id = c.id), '[]') AS history
       FROM clients c
      WHERE c.id = $1 AND ${visible}`,
    params,
  );
  if (!row) return null;
  const latest = row.latest;
  let computed: PriorityView['computed'] = null;
  if (latest) {
    const definition = storedInstrument(
      latest.instrumentId,
      latest.instrumentVersion,
    );
    const ranking = rankDomains(latest.domainScores, {
      preferredDomains: preferredDomainsFrom(definition, latest.answers),
      openRedFlags: row.open_flags,
    });
    computed = {
      assessmentId: latest.id,
      assessedAt: latest.submittedAt,
      algorithmVersion: ranking.algorithmVersion,
      ranking: [...ranking.entries],
      focus: [...ranking.focus],
      pendingMedicalClearance: ranking.pendingMedicalClearance,
    };
  }
  return {
    client: {
      id: row.id,
      responsiblePractitionerId: row.responsible_practitioner_id,
    },
    view: {
      computed,
      decision: row.history[0] ?? null,
      history: row.history,
    },
  };
}
