import type { DomainId } from '../domains/domain-ids';

/** Pain-module measures followed over time. */
export const PAIN_MEASURES = [
  'nprsNow',
  'nprsAverage',
  'nprsWorst',
  'interference',
  'activityEffortMean',
  'beliefs',
] as const;

/** One of {@link PAIN_MEASURES}. */
export type PainMeasureKey = (typeof PAIN_MEASURES)[number];

/** The pain values of one assessment (a `PainScores` fits). */
export interface PainSnapshot {
  readonly nprsNow: number | null;
  readonly nprsAverage: number | null;
  readonly nprsWorst: number | null;
  readonly interference: number | null;
  readonly activityEffortMean: number | null;
  readonly beliefs: { readonly score: number | null };
}

/**
 * What change over time needs of one assessment: an `AssessmentResult` plus
 * its id and date fits. `date` is an ISO date or timestamp.
 */
export interface AssessmentSnapshot {
  readonly id: string;
  readonly date: string;
  readonly domainScores: Readonly<
    Record<DomainId, { readonly score: number | null }>
  >;
  readonly pain?: PainSnapshot | null;
}

/** Direction of a change; for every measure here, lower is better. */
export type ChangeDirection = 'improved' | 'worsened' | 'unchanged' | 'unknown';

/** A change where both values are known. */
export interface KnownChange {
  readonly before: number;
  readonly after: number;
  /** after - before, one decimal. */
  readonly delta: number;
  readonly direction: 'improved' | 'worsened' | 'unchanged';
  /** Large enough to call out ("opvallende verandering"). */
  readonly notable: boolean;
}

/** A change that cannot be computed: a value is missing. */
export interface UnknownChange {
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: null;
  readonly direction: 'unknown';
  readonly notable: false;
}

/** The change of one measure between two assessments. */
export type Change = KnownChange | UnknownChange;
