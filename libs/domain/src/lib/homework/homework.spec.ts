import { DOMAIN_IDS } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import { computeAdherence, weekStart } from './adherence';
import { EXERCISE_IDS, type Exercise } from './exercise-types';
import {
  EXERCISES,
  exerciseById,
  exerciseInstructions,
  exercisesByDomain,
} from './exercises';

function texts(e: Exercise): Localized[] {
  return [e.title, e.summary, ...e.steps, e.safety];
}

const table = EXERCISES.map((e) => [e.id, e] as const);

describe('exerciseInstructions', () => {
  it('writes summary, numbered steps and the safety line in the asked language', () => {
    const breathing = exerciseById('slow-breathing') as Exercise;
    for (const language of ['nl', 'en'] as const) {
      const text = exerciseInstructions(breathing, language);
      const parts = text.split('\n\n');
      expect(parts[0]).toBe(breathing.summary[language]);
      expect(parts[1]).toBe(`1. ${breathing.steps[0]?.[language]}`);
      expect(parts).toHaveLength(breathing.steps.length + 2);
      expect(parts.at(-1)).toBe(breathing.safety[language]);
    }
  });
});

describe('exercise library', () => {
  it('holds each id once, at least one exercise per domain', () => {
    expect(EXERCISES.map((e) => e.id).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const domain of DOMAIN_IDS)
      expect(EXERCISES.some((e) => e.domain === domain)).toBe(true);
  });

  it.each(table)('%s is written in Dutch and English throughout', (_, e) => {
    for (const text of texts(e)) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.nl).not.toBe(text.en);
    }
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.minutes).toBeGreaterThan(0);
  });

  it.each(table)('%s speaks to the client with je/jij, never u', (_, e) => {
    for (const text of texts(e))
      expect(text.nl).not.toMatch(/(^|[\s(])(u|uw|U|Uw)[\s,.!?)]/);
  });

  it.each(table)('%s says when to stop or whom to contact', (_, e) => {
    expect(e.safety.nl).toMatch(/stop|contact|overleg|bespreek|huisarts/i);
    expect(e.safety.en).toMatch(/stop|contact|talk|GP/i);
  });

  it.each(table)(
    '%s promises no cure and never says to stop medication',
    (_, e) => {
      for (const text of texts(e)) {
        expect(text.nl).not.toMatch(/genees|genezen|stop met (je )?medicijn/i);
        expect(text.en).not.toMatch(
          /\bcure|\bheal|stop (your |taking )?medication/i,
        );
      }
    },
  );

  it('breathing has a pacer with a longer out-breath; walking logs minutes', () => {
    const breathing = exerciseById('slow-breathing');
    expect(breathing?.pacer).toEqual({ inSeconds: 4, outSeconds: 6 });
    expect(exerciseById('graded-walking')?.log).toBe('minutes');
    expect(EXERCISES.filter((e) => e.pacer).map((e) => e.id)).toEqual([
      'slow-breathing',
    ]);
    expect(exerciseById('nope')).toBeUndefined();
  });

  it('groups by domain with the focus domains first', () => {
    const groups = exercisesByDomain(['sleep', 'movement', 'sleep']);
    expect(groups.map((g) => g.domain)).toEqual([
      'sleep',
      'movement',
      'stress',
      'breathing',
      'nutrition',
      'immune',
    ]);
    expect(groups[0]?.exercises.map((e) => e.id)).toEqual([
      'evening-wind-down',
    ]);
    expect(exercisesByDomain().map((g) => g.domain)).toEqual([...DOMAIN_IDS]);
  });
});

describe('computeAdherence', () => {
  // 2026-12-07 is a Monday.
  const daily = { kind: 'daily' } as const;
  const thrice = { kind: 'weekly', timesPerWeek: 3 } as const;

  it('finds the Monday of a week', () => {
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(weekStart('2026-12-13')).toBe('2026-12-07');
    expect(weekStart('2026-12-14')).toBe('2026-12-14');
  });

  it('a daily item expects one per day so far, duplicates and out-of-period days ignored', () => {
    const a = computeAdherence({
      frequency: daily,
      startsOn: '2026-12-07',
      endsOn: '2026-12-20',
      today: '2026-12-10',
      doneOn: [
        '2026-12-06',
        '2026-12-07',
        '2026-12-07',
        '2026-12-09',
        '2026-12-11',
      ],
    });
    expect(a).toEqual({
      phase: 'running',
      done: 2,
      expected: 4,
      week: { done: 2, target: 7 },
      lastDoneOn: '2026-12-09',
    });
  });

  it('N times a week expects only what can no longer be caught up', () => {
    const base = {
      frequency: thrice,
      startsOn: '2026-12-07',
      endsOn: '2026-12-27',
      doneOn: [
        '2026-12-07',
        '2026-12-08',
        '2026-12-09',
        '2026-12-10',
        '2026-12-15',
      ],
    };
    // Monday of week 1: three chances left, nothing owed yet.
    expect(computeAdherence({ ...base, today: '2026-12-07' })).toMatchObject({
      done: 1,
      expected: 0,
      week: { done: 1, target: 3 },
    });
    // Week 1 complete (four ticks count as three), Saturday of week 2.
    expect(computeAdherence({ ...base, today: '2026-12-19' })).toMatchObject({
      done: 4,
      expected: 5,
      week: { done: 1, target: 3 },
      lastDoneOn: '2026-12-15',
    });
    // After the period: three full weeks.
    expect(computeAdherence({ ...base, today: '2027-01-05' })).toMatchObject({
      phase: 'finished',
      done: 4,
      expected: 9,
      week: { done: 0, target: 3 },
    });
  });

  it('a partly covered week asks at most once per covered day', () => {
    // Starts on Saturday: two days in the first week.
    const a = computeAdherence({
      frequency: thrice,
      startsOn: '2026-12-12',
      endsOn: '2026-12-15',
      today: '2026-12-13',
      doneOn: ['2026-12-12'],
    });
    expect(a).toMatchObject({
      done: 1,
      expected: 2,
      week: { done: 1, target: 2 },
    });
  });

  it('before the period nothing is expected and the first week is shown', () => {
    const a = computeAdherence({
      frequency: daily,
      startsOn: '2026-12-09',
      endsOn: '2026-12-10',
      today: '2026-12-01',
      doneOn: [],
    });
    expect(a).toEqual({
      phase: 'upcoming',
      done: 0,
      expected: 0,
      week: { done: 0, target: 2 },
      lastDoneOn: null,
    });
  });

  it('refuses invalid dates and a period that ends before it starts', () => {
    const input = { frequency: daily, today: '2026-12-01', doneOn: [] };
    expect(() =>
      computeAdherence({
        ...input,
        startsOn: '2026-02-30',
        endsOn: '2026-03-01',
      }),
    ).toThrow(RangeError);
    expect(() =>
      computeAdherence({
        ...input,
        startsOn: '2026-03-02',
        endsOn: '2026-03-01',
      }),
    ).toThrow(RangeError);
  });
});

describe('computeAdherence at the end of the calendar', () => {
  it('counts a period in the last days of the year 9999 without running on', () => {
    const a = computeAdherence({
      frequency: { kind: 'daily' },
      startsOn: '9999-12-27',
      endsOn: '9999-12-31',
      today: '2026-12-07',
      doneOn: [],
    });
    expect(a).toMatchObject({
      phase: 'upcoming',
      expected: 0,
      week: { target: 5 },
    });
  });
});
