import { isDomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import { LESSON_IDS, type Lesson } from './lesson-types';
import {
  LESSONS,
  lessonById,
  lessonWords,
  readingMinutes,
  READING_WORDS_PER_MINUTE,
} from './lessons';

function texts(lesson: Lesson): Localized[] {
  return [
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
}

const table = LESSONS.map((lesson) => [lesson.id, lesson] as const);

describe('lessons', () => {
  it('are the six lessons of the approach, in reading order, each id once', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
  });

  it.each(table)('%s takes 3 to 5 minutes to read', (_, lesson) => {
    expect(readingMinutes(lesson)).toBeGreaterThanOrEqual(3);
    expect(readingMinutes(lesson)).toBeLessThanOrEqual(5);
  });

  it.each(table)('%s is written in Dutch and English throughout', (_, l) => {
    for (const text of texts(l)) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.nl).not.toBe(text.en);
    }
  });

  it.each(table)('%s speaks to the client with je/jij, never u', (_, l) => {
    for (const text of texts(l))
      expect(text.nl).not.toMatch(/(^|[\s(])(u|uw|U|Uw)[\s,.!?)]/);
  });

  it.each(table)(
    '%s ends with the reflective question and one exercise of a domain',
    (_, lesson) => {
      expect(lesson.reflection.nl).toMatch(
        /^Wat herken je hiervan bij jezelf\?/,
      );
      expect(lesson.reflection.en).toMatch(/\?$/);
      expect(isDomainId(lesson.exercise.domain)).toBe(true);
    },
  );

  it.each(table)('%s names its sources in a "Meer weten" line', (_, l) => {
    expect(l.sources.nl).toMatch(/^Meer weten: /);
    expect(l.sources.en).toMatch(/^Learn more: /);
    expect(l.sources.nl).toMatch(/Moseley|Sarno|Ashar|Gordon|Brinjikji/);
  });

  it.each(table)(
    '%s never blames, alarms, or sends to copyrighted books',
    (_, lesson) => {
      const all = texts(lesson)
        .map((t) => `${t.nl}\n${t.en}`)
        .join('\n');
      expect(all).not.toMatch(/abnormaal|abnormal|ingebeeld|denkbeeldig/i);
      expect(all).not.toMatch(/Explain Pain|Healing Back Pain|The Way Out/i);
      // Medication comes up only as "never simply stop: ask your GP".
      for (const text of texts(lesson))
        if (/medicijn/i.test(text.nl))
          expect(text.nl).toMatch(/Stop nooit.*huisarts/);
    },
  );

  it('finds a lesson by its id, and nothing for an unknown id', () => {
    expect(lessonById('scans')?.title.nl).toBe('Een scan vertelt niet alles');
    expect(lessonById('onbekend')).toBeUndefined();
  });

  it('counts the words a reader meets, headings included when present', () => {
    const lesson: Lesson = {
      ...(LESSONS[0] as Lesson),
      title: { nl: 'een twee', en: 'one two' },
      summary: { nl: 'drie', en: 'three' },
      sections: [
        {
          heading: null,
          paragraphs: [{ nl: 'vier  vijf\nzes', en: 'four five six' }],
        },
        { heading: { nl: 'zeven', en: 'seven' }, paragraphs: [] },
      ],
      reflection: { nl: 'acht', en: 'eight' },
      exercise: {
        domain: 'sleep',
        title: { nl: 'negen', en: 'nine' },
        text: { nl: 'tien', en: 'ten' },
      },
      sources: { nl: 'elf', en: 'eleven twelve' },
    };
    expect(lessonWords(lesson, 'nl')).toBe(11);
    expect(lessonWords(lesson, 'en')).toBe(12);
    expect(readingMinutes(lesson)).toBe(
      Math.ceil(12 / READING_WORDS_PER_MINUTE),
    );
  });
});
