import type { HomeworkLibraryExercise } from '@herstelkompas/contracts';
import { clientNotes, libraryGroups, requestOf } from './client-homework';

const exercise = (id: string, domain: HomeworkLibraryExercise['domain']) =>
  ({ id, domain }) as HomeworkLibraryExercise;

describe('client homework tab', () => {
  it('groups the library by domain, focus domains first', () => {
    const library = [
      exercise('slow-breathing', 'breathing'),
      exercise('evening-wind-down', 'sleep'),
      exercise('curious-noticing', 'stress'),
    ];
    expect(
      libraryGroups(library, ['sleep']).map((g) => [g.domain, g.focus]),
    ).toEqual([
      ['sleep', true],
      ['stress', false],
      ['breathing', false],
    ]);
  });

  it('asks for a library exercise or own words, with times a week only when weekly', () => {
    const base = {
      domain: 'sleep' as const,
      title: ' Telefoon weg ',
      instructions: ' Om 22:00 ',
      timesPerWeek: 3,
      startsOn: '2026-12-07',
      endsOn: '2026-12-20',
      sessionNoteId: null,
    };
    expect(
      requestOf({ ...base, source: 'slow-breathing', frequency: 'daily' }),
    ).toEqual({
      exerciseId: 'slow-breathing',
      frequency: 'daily',
      startsOn: '2026-12-07',
      endsOn: '2026-12-20',
    });
    expect(
      requestOf({
        ...base,
        source: 'own',
        frequency: 'weekly',
        sessionNoteId: 'n1',
      }),
    ).toEqual({
      domain: 'sleep',
      title: 'Telefoon weg',
      instructions: 'Om 22:00',
      frequency: 'weekly',
      timesPerWeek: 3,
      startsOn: '2026-12-07',
      endsOn: '2026-12-20',
      sessionNoteId: 'n1',
    });
  });

  it("shows the client's notes, newest first, at most three", () => {
    const completions = ['a', null, 'b', 'c', 'd'].map((note, i) => ({
      id: String(i),
      on: `2026-12-0${9 - i}`,
      note,
      minutes: null,
      createdAt: '',
    }));
    expect(clientNotes({ completions } as never).map((c) => c.note)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
