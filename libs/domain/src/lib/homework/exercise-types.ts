import type { DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';

/** Stable ids of the library's exercises; assignments store the id. */
export const EXERCISE_IDS = [
  'slow-breathing',
  'curious-noticing',
  'graded-walking',
  'calm-meals',
  'evening-wind-down',
  'recovery-day',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** Seconds of one breath in and one breath out, for the on-screen pacer. */
export interface BreathPacer {
  readonly inSeconds: number;
  readonly outSeconds: number;
}

/** What the client may log with a tick: minutes (the walking plan). */
export const EXERCISE_LOG_KINDS = ['minutes'] as const;
export type ExerciseLogKind = (typeof EXERCISE_LOG_KINDS)[number];

/**
 * One exercise for between sessions: our own words, je/jij, optional and
 * adjustable, with a line on when to stop and contact someone. No promise of
 * cure and no advice about medication.
 */
export interface Exercise {
  readonly id: ExerciseId;
  readonly domain: DomainId;
  readonly title: Localized;
  readonly summary: Localized;
  readonly steps: readonly Localized[];
  /** "Stop en overleg als ...": when to stop and whom to contact. */
  readonly safety: Localized;
  /** About how long one go takes. */
  readonly minutes: number;
  readonly pacer?: BreathPacer;
  readonly log?: ExerciseLogKind;
}
