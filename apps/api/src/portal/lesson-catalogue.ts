import type { Localized } from '@herstelkompas/domain';
import { LESSONS, readingMinutes, type Lesson } from '@herstelkompas/domain';
import type { EntityManager } from 'typeorm';
import { HiddenLesson, PracticeLesson } from './practice-lesson.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A lesson a practice's clients can open: one of our six, or the practice's own. */
export type OfferedLesson =
  | {
      kind: 'builtin';
      id: string;
      title: Localized;
      summary: Localized;
      minutes: number;
      lesson: Lesson;
    }
  | {
      kind: 'practice';
      id: string;
      title: Localized;
      summary: Localized;
      minutes: number;
      own: PracticeLesson;
    };

/** The same words in both languages: a practice writes in its own. */
export function same(text: string): Localized {
  return { nl: text, en: text };
}

/**
 * A practice lesson's first lines of prose as plain text, for the list: the
 * Markdown marks are left out, never interpreted.
 */
export function plainSummary(body: string, max = 160): string {
  const line =
    body
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(
        (l) => l && !/^(#|```|---|\*\*\*|___|>?\s*$)/.test(l) && /\w/.test(l),
      ) ?? '';
  const text = line
    .replace(/^([-*+]|\d+[.)])\s+/, '')
    .replace(/^>\s*/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The ids of our six the practice hides. */
export async function hiddenIds(
  manager: EntityManager,
  practiceId: string,
): Promise<Set<string>> {
  const rows = await manager.findBy(HiddenLesson, { practiceId });
  return new Set(rows.map((r) => r.lessonId));
}

/** What the practice offers its clients, in reading order: our six first, then its own. */
export async function offeredLessons(
  manager: EntityManager,
  practiceId: string,
): Promise<OfferedLesson[]> {
  const hidden = await hiddenIds(manager, practiceId);
  const own = await manager.find(PracticeLesson, {
    where: { practiceId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  return [
    ...LESSONS.filter((l) => !hidden.has(l.id)).map(
      (lesson): OfferedLesson => ({
        kind: 'builtin',
        id: lesson.id,
        title: lesson.title,
        summary: lesson.summary,
        minutes: readingMinutes(lesson),
        lesson,
      }),
    ),
    ...own.map((l): OfferedLesson => ({
      kind: 'practice',
      id: l.id,
      title: same(l.title),
      summary: same(plainSummary(l.body)),
      minutes: l.minutes,
      own: l,
    })),
  ];
}

/** Whether the id could name a practice lesson at all (so no query is made for junk). */
export function isLessonUuid(id: string): boolean {
  return UUID.test(id);
}
