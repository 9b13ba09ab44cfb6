import type { DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';

/** Stable ids of the six lessons; the read status is stored by id. */
export const LESSON_IDS = [
  'pain-alarm',
  'action-and-rest',
  'stress-wider',
  'real-pain-safe-body',
  'scans',
  'six-domains',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export interface LessonSection {
  readonly heading: Localized | null;
  readonly paragraphs: readonly Localized[];
}

/**
 * One lesson for between sessions: our own words, je/jij, ending in one
 * reflective question and one fitting exercise, with its sources named.
 */
export interface Lesson {
  readonly id: LessonId;
  readonly title: Localized;
  readonly summary: Localized;
  readonly sections: readonly LessonSection[];
  readonly reflection: Localized;
  readonly exercise: {
    readonly domain: DomainId;
    readonly title: Localized;
    readonly text: Localized;
  };
  readonly sources: Localized;
}
