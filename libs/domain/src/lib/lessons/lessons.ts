import type { Language } from '../i18n/localized';
import { LESSON_ACTION_AND_REST } from './lesson-action-and-rest';
import { LESSON_PAIN_ALARM } from './lesson-pain-alarm';
import { LESSON_REAL_PAIN } from './lesson-real-pain';
import { LESSON_SCANS } from './lesson-scans';
import { LESSON_SIX_DOMAINS } from './lesson-six-domains';
import { LESSON_STRESS_WIDER } from './lesson-stress-wider';
import type { Lesson } from './lesson-types';

/** The six lessons in the order they are best read. */
export const LESSONS: readonly Lesson[] = [
  LESSON_PAIN_ALARM,
  LESSON_ACTION_AND_REST,
  LESSON_STRESS_WIDER,
  LESSON_REAL_PAIN,
  LESSON_SCANS,
  LESSON_SIX_DOMAINS,
];

/**
 * Words per minute for reading on a phone, with attention: slower than
 * skimming, so a lesson's minutes are a promise the reader can keep.
 */
export const READING_WORDS_PER_MINUTE = 130;

/** The lesson with this id, or undefined for an unknown id. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

/** Every word a reader meets in the lesson, in one language. */
export function lessonWords(lesson: Lesson, language: Language): number {
  const texts = [
    lesson.title,
    lesson.summary,
    ...lesson.sections.flatMap((s) => [
      ...(s.heading ? [s.heading] : []),
      ...s.paragraphs,
    ]),
    lesson.reflection,
    lesson.exercise.title,
    lesson.exercise.text,
    lesson.sources,
  ];
  return texts
    .map((t) => t[language].split(/\s+/).filter(Boolean).length)
    .reduce((a, b) => a + b, 0);
}

/** Whole minutes of reading, rounded up, in the slower of the two languages. */
export function readingMinutes(lesson: Lesson): number {
  const words = Math.max(lessonWords(lesson, 'nl'), lessonWords(lesson, 'en'));
  return Math.ceil(words / READING_WORDS_PER_MINUTE);
}
