import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import { round1 } from '../scoring/rounding';
import {
  type AssessmentSnapshot,
  type Change,
  PAIN_MEASURES,
  type PainMeasureKey,
  type PainSnapshot,
} from './change-types';

/** Domain change that counts as notable: |delta| >= 10 (domain.md 4.3). */
export const DOMAIN_NOTABLE_DELTA = 10;

/**
 * NPRS: 2 points or 30 % is a notable change (domain.md 2.1). Only 2 points
 * or more is called clinically relevant: 30 % of a low score is 1 point
 * (1 -> 0, 3 -> 2), within the measurement error of the scale.
 */
export const NPRS_NOTABLE_POINTS = 2;
export const NPRS_NOTABLE_PERCENT = 30;

/** Whether a pain change may be called "klinisch relevant": 2 points or more. */
export function isClinicallyRelevantPainChange(change: Change): boolean {
  return change.delta !== null && Math.abs(change.delta) >= NPRS_NOTABLE_POINTS;
}

type NotableRule = (delta: number, before: number) => boolean;

const atLeast =
  (points: number): NotableRule =>
  (delta) =>
    Math.abs(delta) >= points;

// Percentages in whole numbers (|d| x 100 >= 30 x before), so 10 -> 7 is
// exactly 30 %. From 0 a percentage means nothing; only the points count.
const nprsRule: NotableRule = (delta, before) =>
  Math.abs(delta) >= NPRS_NOTABLE_POINTS ||
  (before > 0 && Math.abs(delta) * 100 >= NPRS_NOTABLE_PERCENT * before);

/**
 * Notability per pain measure. The 0-10 pain ratings (NPRS and
 * interference) use the NPRS rule; the activity mean uses the PSFS MDC of 2
 * points; the beliefs sub-score (0-100) uses the domain rule.
 */
const PAIN_RULES: Readonly<Record<PainMeasureKey, NotableRule>> = {
  nprsNow: nprsRule,
  nprsAverage: nprsRule,
  nprsWorst: nprsRule,
  interference: nprsRule,
  activityEffortMean: atLeast(2),
  beliefs: atLeast(DOMAIN_NOTABLE_DELTA),
};

/** The change between two values where lower is better. */
export function changeBetween(
  before: number | null,
  after: number | null,
  isNotable: NotableRule = atLeast(DOMAIN_NOTABLE_DELTA),
): Change {
  if (before === null || after === null) {
    return { before, after, delta: null, direction: 'unknown', notable: false };
  }
  const delta = round1(after - before);
  const direction =
    delta < 0 ? 'improved' : delta > 0 ? 'worsened' : 'unchanged';
  return { before, after, delta, direction, notable: isNotable(delta, before) };
}

/** A pain measure's value in a snapshot. */
export function painValue(
  pain: PainSnapshot | null | undefined,
  measure: PainMeasureKey,
): number | null {
  if (!pain) {
    return null;
  }
  return measure === 'beliefs' ? pain.beliefs.score : pain[measure];
}

/** Result of {@link compareAssessments}. */
export interface AssessmentComparison {
  readonly from: { readonly id: string; readonly date: string };
  readonly to: { readonly id: string; readonly date: string };
  readonly domains: Readonly<Record<DomainId, Change>>;
  readonly pain: Readonly<Record<PainMeasureKey, Change>>;
}

/**
 * Compares two assessments per domain and for pain. For every measure lower
 * is better. Domains are notable at |delta| >= 10 points (a heuristic, to be
 * recalibrated once real data exists); NPRS at >= 2 points or >= 30 %.
 */
export function compareAssessments(
  earlier: AssessmentSnapshot,
  later: AssessmentSnapshot,
): AssessmentComparison {
  const domains = Object.fromEntries(
    DOMAIN_IDS.map((domain) => [
      domain,
      changeBetween(
        earlier.domainScores[domain].score,
        later.domainScores[domain].score,
      ),
    ]),
  ) as Record<DomainId, Change>;
  const pain = Object.fromEntries(
    PAIN_MEASURES.map((measure) => [
      measure,
      changeBetween(
        painValue(earlier.pain, measure),
        painValue(later.pain, measure),
        PAIN_RULES[measure],
      ),
    ]),
  ) as Record<PainMeasureKey, Change>;
  return {
    from: { id: earlier.id, date: earlier.date },
    to: { id: later.id, date: later.date },
    domains,
    pain,
  };
}
